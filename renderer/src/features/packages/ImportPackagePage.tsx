/**
 * Import an inspection package. The whole file is checked first (structure, names, sizes, hashes,
 * schema, the change log's own hashes, state against log) and shown to the inspector; nothing is
 * written until they confirm, and then all of it is written in one transaction or none of it.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { FileUpload } from '../../components/govuk/FileUpload';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { SummaryList } from '../../components/govuk/SummaryList';
import { useDataStore } from '../../db/DataContext';
import { formatDateTime } from '../../forms/dateParts';
import { importPackage, type ImportSummary } from '../../packages/importPackage';
import { parsePackage, type ParsedPackage } from '../../packages/readPackage';

const MAX_PACKAGE_FILE_BYTES = 2 * 1024 * 1024 * 1024;

type Step =
  | { kind: 'choose'; error?: string }
  | { kind: 'checking' }
  | { kind: 'confirm'; parsed: ParsedPackage; fileName: string }
  | { kind: 'importing' }
  | { kind: 'done'; summary: ImportSummary };

export function ImportPackagePage() {
  usePageTitle('Import an inspection package');
  const store = useDataStore();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  async function check() {
    const file = files[0];
    if (!file) return setStep({ kind: 'choose', error: 'Choose an inspection package to import' });
    if (file.size > MAX_PACKAGE_FILE_BYTES)
      return setStep({ kind: 'choose', error: `${file.name} is larger than the 2 GB limit. Nothing was imported.` });
    setStep({ kind: 'checking' });
    try {
      const parsed = await parsePackage(new Uint8Array(await file.arrayBuffer()));
      setStep({ kind: 'confirm', parsed, fileName: file.name });
    } catch (error) {
      setStep({ kind: 'choose', error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function confirm(parsed: ParsedPackage) {
    setStep({ kind: 'importing' });
    try {
      setStep({ kind: 'done', summary: await importPackage(store, parsed) });
    } catch (error) {
      setStep({ kind: 'choose', error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      {step.kind === 'choose' && step.error && (
        <ErrorSummary title="The package was not imported" errors={[{ text: step.error, href: '#package-file' }]} />
      )}
      <h1 className="govuk-heading-l">Import an inspection package</h1>
      {step.kind === 'done' ? (
        <>
          <NotificationBanner type="success" title="Imported">
            {step.summary.newChanges} new changes imported ({step.summary.skippedChanges} already on this device),{' '}
            {step.summary.records} records updated, {step.summary.newBlobs} photo files added.
            {step.summary.missingBlobs > 0 && ` ${step.summary.missingBlobs} photo files were not in the package.`}
          </NotificationBanner>
          <p className="govuk-body">
            <Link className="govuk-link" to="/">
              Go to your inspections
            </Link>
          </p>
        </>
      ) : step.kind === 'confirm' ? (
        <>
          <p className="govuk-body">{step.fileName} passed every check. This is what it holds:</p>
          <SummaryList
            rows={[
              {
                key: 'Contents',
                value:
                  step.parsed.manifest.scope.kind === 'everything'
                    ? 'Everything from one device'
                    : `${step.parsed.manifest.scope.inspectionIds.length} inspection(s)`,
              },
              {
                key: 'Exported by',
                value: `${step.parsed.manifest.createdBy.name} on ${formatDateTime(step.parsed.manifest.createdAt)}`,
              },
              { key: 'Changes', value: String(step.parsed.manifest.counts.changes) },
              { key: 'Records', value: String(step.parsed.manifest.counts.records) },
              { key: 'Photo files', value: String(step.parsed.manifest.counts.blobs) },
            ]}
          />
          <div className="govuk-button-group">
            <Button onClick={() => void confirm(step.parsed)}>Import</Button>
            <Button variant="secondary" onClick={() => setStep({ kind: 'choose' })}>
              Cancel
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="govuk-body">
            A package exported from the workbench on this or another laptop. Changes already on this device are skipped,
            so importing twice is safe.
          </p>
          <FileUpload
            id="package-file"
            label="Inspection package"
            labelSize="s"
            accept=".zip,application/zip"
            files={files}
            onChange={setFiles}
            error={step.kind === 'choose' ? step.error : undefined}
          />
          <Button onClick={() => void check()} disabled={step.kind !== 'choose'}>
            {step.kind === 'checking'
              ? 'Checking the package…'
              : step.kind === 'importing'
                ? 'Importing…'
                : 'Check package'}
          </Button>
        </>
      )}
    </>
  );
}
