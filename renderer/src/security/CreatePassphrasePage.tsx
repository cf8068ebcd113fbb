/**
 * First run (or the first start after the upgrade that brought encryption): choose the passphrase
 * that protects this device's data. It cannot be recovered, so the page says so.
 */
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { Button } from '../components/govuk/Button';
import { ErrorSummary } from '../components/govuk/ErrorSummary';
import { TextInput } from '../components/govuk/TextInput';
import { WarningText } from '../components/govuk/WarningText';
import { summaryItems, type FieldErrors } from '../forms/formErrors';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './keyring';

export function CreatePassphrasePage({
  hasExistingData,
  onCreate,
}: {
  hasExistingData: boolean;
  onCreate: (passphrase: string) => Promise<void>;
}) {
  usePageTitle('Create a passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passphraseProblem(passphrase);
    const next: Record<string, string> = {};
    if (problem) next['passphrase'] = problem;
    else if (confirmation !== passphrase) next['confirmation'] = 'The passphrases do not match';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setSaving(true);
    try {
      await onCreate(passphrase);
    } catch (error) {
      setErrors({ passphrase: error instanceof Error ? error.message : String(error) });
      setSaving(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {Object.keys(errors).length > 0 && <ErrorSummary errors={summaryItems(errors, 'lock-')} />}
        <h1 className="govuk-heading-l">Create a passphrase</h1>
        <p className="govuk-body">
          Everything the workbench keeps on this device is encrypted. You will need this passphrase each time you open
          the workbench and after it locks itself.
          {hasExistingData && ' The inspections already on this device will be encrypted once you have created it.'}
        </p>
        <WarningText>If you forget the passphrase, the data on this device cannot be recovered.</WarningText>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="lock-passphrase"
            label="Passphrase"
            hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={passphrase}
            error={errors['passphrase']}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <TextInput
            id="lock-confirmation"
            label="Confirm passphrase"
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={confirmation}
            error={errors['confirmation']}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          <Button type="submit" disabled={saving}>
            Create passphrase
          </Button>
        </form>
      </div>
    </div>
  );
}
