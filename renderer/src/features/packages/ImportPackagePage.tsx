/**
 * Import an inspection package. The whole file is checked first (structure, names, sizes, hashes,
 * schema, the change log's own hashes, state against log) and shown to the inspector; nothing is
 * written until they confirm, and then all of it is written in one transaction or none of it.
 * An encrypted backup (security/sealedPackage.ts) is opened first: with this workbench's key when it
 * made the backup, otherwise with the passphrase the inspector enters.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { FileUpload } from '../../components/govuk/FileUpload';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { SummaryList } from '../../components/govuk/SummaryList';
import { useData } from '../../db/DataContext';
import { formatDateTime } from '../../forms/dateParts';
import { importPackage, type ImportSummary } from '../../packages/importPackage';
import { parsePackage, type ParsedPackage } from '../../packages/readPackage';
import { WrongPassphraseError } from '../../security/keyring';
import { isSealedPackage, openSealedPackage, openSealedPackageWithPassphrase } from '../../security/sealedPackage';
import { BackupPassphraseForm } from './BackupPassphraseForm';

const MAX_PACKAGE_FILE_BYTES = 2 * 1024 * 1024 * 1024;

type Step =
  | { kind: 'choose'; error?: string }
  | { kind: 'checking' }
  | { kind: 'passphrase'; bytes: Uint8Array; fileName: string; sealedAt: string; error?: string }
  | { kind: 'confirm'; parsed: ParsedPackage; fileName: string }
  | { kind: 'importing' }
  | { kind: 'done'; summary: ImportSummary };

export function ImportPackagePage() {
  usePageTitle('Import an inspection package');
  const { store, packageKeys } = useData();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  async function check() {
    const file = files[0];
    if (!file) return setStep({ kind: 'choose', error: 'Choose an inspection package to import' });
    if (file.size > MAX_PACKAGE_FILE_BYTES)
      return setStep({ kind: 'choose', error: `${file.name} is larger than the 2 GB limit. Nothing was imported.` });
    setStep({ kind: 'checking' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!isSealedPackage(bytes))
        return setStep({ kind: 'confirm', parsed: await parsePackage(bytes), fileName: file.name });
      const opened = await openSealedPackage(bytes, packageKeys.deriveKey);
      if (!opened.opened) return setStep({ kind: 'passphrase', bytes, fileName: file.name, sealedAt: opened.sealedAt });
      setStep({ kind: 'confirm', parsed: await parsePackage(opened.zip), fileName: file.name });
    } catch (error) {
      setStep({ kind: 'choose', error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function openWithPassphrase(sealed: Extract<Step, { kind: 'passphrase' }>, passphrase: string) {
    try {
      const zip = await openSealedPackageWithPassphrase(sealed.bytes, passphrase);
      setStep({ kind: 'confirm', parsed: await parsePackage(zip), fileName: sealed.fileName });
    } catch (error) {
      if (error instanceof WrongPassphraseError)
        return setStep({ ...sealed, error: 'The passphrase is not right for this backup' });
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
      {step.kind !== 'passphrase' && <h1 className="govuk-heading-l">Import an inspection package</h1>}
      {step.kind === 'passphrase' ? (
        <BackupPassphraseForm
          fileName={step.fileName}
          sealedAt={step.sealedAt}
          error={step.error}
          onPassphrase={(passphrase) => openWithPassphrase(step, passphrase)}
          onCancel={() => setStep({ kind: 'choose' })}
        />
      ) : step.kind === 'done' ? (
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
            A package exported from the workbench on this or another laptop, or one of its automatic backups (.iwpkg).
            Changes already on this device are skipped, so importing twice is safe.
          </p>
          <FileUpload
            id="package-file"
            label="Inspection package"
            labelSize="s"
            accept=".zip,.iwpkg,application/zip"
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
