/**
 * The only screen shown while the workbench is locked: a passphrase field, and where the desktop app
 * has a real OS keychain, unlocking with it. Nothing of the inspections is mounted behind it.
 */
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { Button } from '../components/govuk/Button';
import { ErrorSummary } from '../components/govuk/ErrorSummary';
import { TextInput } from '../components/govuk/TextInput';
import { summaryItems, type FieldErrors } from '../forms/formErrors';

export function UnlockPage({
  notice,
  osUnlock,
  onPassphrase,
}: {
  notice?: string | undefined;
  /** Present when the OS keychain holds a copy of the data key. */
  osUnlock?: (() => Promise<void>) | undefined;
  onPassphrase: (passphrase: string) => Promise<void>;
}) {
  usePageTitle('Unlock Inspection Workbench');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [working, setWorking] = useState(false);

  async function run(action: () => Promise<void>) {
    setWorking(true);
    try {
      await action();
    } catch (error) {
      setPassphrase('');
      setErrors({ passphrase: error instanceof Error ? error.message : String(error) });
      setAttempt((n) => n + 1);
      setWorking(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setErrors({ passphrase: 'Enter your passphrase' });
      setAttempt((n) => n + 1);
      return;
    }
    void run(() => onPassphrase(passphrase));
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {Object.keys(errors).length > 0 && <ErrorSummary key={attempt} errors={summaryItems(errors, 'unlock-')} />}
        <h1 className="govuk-heading-l">Inspection Workbench is locked</h1>
        {notice && <p className="govuk-body">{notice}</p>}
        <form noValidate onSubmit={submit}>
          <TextInput
            id="unlock-passphrase"
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            value={passphrase}
            error={errors['passphrase']}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <div className="govuk-button-group">
            <Button type="submit" disabled={working}>
              Unlock
            </Button>
            {osUnlock && (
              <Button type="button" variant="secondary" disabled={working} onClick={() => void run(osUnlock)}>
                Unlock with this computer’s keychain
              </Button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
