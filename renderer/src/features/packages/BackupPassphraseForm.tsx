/**
 * Asks for the passphrase that opens an encrypted backup made with another data key: on another
 * laptop, or on this one after its data was lost and set up again. The backup holds its data key
 * wrapped by the passphrase the workbench had on the day it was made, so that is the one asked for.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { TextInput } from '../../components/govuk/TextInput';
import { formatDateTime } from '../../forms/dateParts';

export function BackupPassphraseForm({
  fileName,
  sealedAt,
  error,
  onPassphrase,
  onCancel,
}: {
  fileName: string;
  sealedAt: string;
  error: string | undefined;
  onPassphrase: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  const [working, setWorking] = useState(false);
  // A new summary for each attempt, so it takes focus again after a second wrong passphrase.
  const [attempt, setAttempt] = useState(0);
  const message = missing ? 'Enter the passphrase for this backup' : error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!passphrase);
    setAttempt((n) => n + 1);
    if (!passphrase) return;
    setWorking(true);
    try {
      await onPassphrase(passphrase);
    } finally {
      setPassphrase('');
      setWorking(false);
    }
  }

  return (
    <>
      {message && (
        <ErrorSummary
          key={attempt}
          title="The backup was not opened"
          errors={[{ text: message, href: '#backup-passphrase' }]}
        />
      )}
      <h1 className="govuk-heading-l">Enter the passphrase for this backup</h1>
      <p className="govuk-body">
        {fileName} is an encrypted backup made on {formatDateTime(sealedAt)} with a different key from this workbench’s.
        Enter the passphrase the workbench that made it had on that day.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="backup-passphrase"
          label="Passphrase"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={passphrase}
          error={message}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={working}>
            {working ? 'Opening the backup…' : 'Open backup'}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel} disabled={working}>
            Cancel
          </Button>
        </div>
      </form>
    </>
  );
}
