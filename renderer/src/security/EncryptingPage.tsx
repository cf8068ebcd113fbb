/** Shown while an existing plain database is encrypted in place, with how far it has got. */
import { usePageTitle } from '../app/usePageTitle';
import { ProgressIndicator } from '../components/ProgressIndicator';
import type { EncryptionProgress } from './encryptExistingData';

export function EncryptingPage({ progress }: { progress: EncryptionProgress | null }) {
  usePageTitle('Encrypting your data');
  return (
    <>
      <h1 className="govuk-heading-l">Encrypting your data</h1>
      <p className="govuk-body">
        The inspections already on this device are being encrypted. If this stops, nothing is lost: it carries on the
        next time you unlock.
      </p>
      <ProgressIndicator
        label="Encrypting"
        value={progress?.done}
        max={progress?.total ?? 100}
        valueText={progress ? `${progress.done} of ${progress.total} items` : undefined}
      />
    </>
  );
}
