/** Export everything on this device as one package: a manual backup, or a hand-over to another laptop. */
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { ExportStatus } from './ExportStatus';
import { useExportPackage } from './useExportPackage';

export function ExportPage() {
  usePageTitle('Export everything');
  const { state, exportPackage } = useExportPackage();
  return (
    <>
      <h1 className="govuk-heading-l">Export everything</h1>
      <p className="govuk-body">
        One file with every inspection on this device: the full change log (the audit trail), the current records and
        every photo, with the SHA-256 of each part so an import can prove nothing was altered.
      </p>
      <ExportStatus state={state} />
      <Button onClick={() => void exportPackage({ kind: 'everything' })} disabled={state.kind === 'working'}>
        Export everything
      </Button>
    </>
  );
}
