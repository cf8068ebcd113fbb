/**
 * The recovery screen, shown when the local database cannot be opened (SECURITY.md D5, test case 7).
 * It deletes nothing and offers no reset: it explains what happened, lets the inspector copy out
 * everything that can still be read (the raw export, saved through the platform bridge, in parts if
 * the photos are large; encrypted data stays encrypted, see rawExport.ts) and says what to do next.
 * The layout provides <main>.
 */
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { Button } from '../../components/govuk/Button';
import { Details } from '../../components/govuk/Details';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { WarningText } from '../../components/govuk/WarningText';
import type { DatabaseUnavailableError } from '../../db/storageErrors';
import { exportRawDatabase, type RawExportProgress, type RawExportSummary } from '../../packages/rawExport';
import { usePlatform } from '../../platform/PlatformContext';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: RawExportProgress | null; savedParts: number }
  | { kind: 'done'; summary: RawExportSummary; savedParts: number }
  | { kind: 'cancelled'; savedParts: number }
  | { kind: 'failed'; message: string };

class SaveCancelled extends Error {}

const MAX_LISTED_UNREADABLE = 200;

export function RecoveryPage({ error }: { error: DatabaseUnavailableError }) {
  usePageTitle('Your data could not be opened');
  const platform = usePlatform();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function runExport() {
    let savedParts = 0;
    setState({ kind: 'running', progress: null, savedParts });
    try {
      const summary = await exportRawDatabase({
        onProgress: (progress) => setState({ kind: 'running', progress, savedParts }),
        onPart: async (part) => {
          const result = await platform.saveFile(part.fileName, part.bytes, [
            { name: 'ZIP archive', extensions: ['zip'] },
          ]);
          if (!result.saved) throw new SaveCancelled();
          savedParts += 1;
        },
      });
      setState({ kind: 'done', summary, savedParts });
    } catch (problem) {
      if (problem instanceof SaveCancelled) setState({ kind: 'cancelled', savedParts });
      else setState({ kind: 'failed', message: problem instanceof Error ? problem.message : String(problem) });
    }
  }

  const running = state.kind === 'running';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {state.kind === 'done' && <ExportDone summary={state.summary} savedParts={state.savedParts} />}
        <h1 className="govuk-heading-l">Your data could not be opened</h1>
        <p className="govuk-body">{error.message}</p>
        <WarningText>
          Nothing has been deleted. Do not uninstall Inspection Workbench or clear its data: the files are still on this
          device and may be recoverable.
        </WarningText>

        <h2 className="govuk-heading-m">Export what can still be read</h2>
        <p className="govuk-body">
          This copies every record, change and photo that can still be read into ZIP files you choose where to save.
          Records that cannot be read are skipped and listed in the export. Nothing on this device is changed.
        </p>
        <p className="govuk-body">
          Nothing is decrypted: data this workbench encrypted stays encrypted in the export, and only your passphrase
          opens it. Anything not yet encrypted on this device is exported readable, so save the export where you would
          keep other inspection records, not on a shared or removable drive.
        </p>
        <Button type="button" onClick={() => void runExport()} disabled={running} preventDoubleClick>
          Export everything that can still be read
        </Button>
        <ExportStatus state={state} />

        <h2 className="govuk-heading-m">What to do next</h2>
        <ol className="govuk-list govuk-list--number">
          <li>Export what can still be read, even if you think everything has been synced.</li>
          <li>
            Contact the service desk. Tell them the message shown above and keep the exported files ready; do not email
            them.
          </li>
          <li>
            Changes already synced to the agency gateway are safe there and can be downloaded again once this device has
            been repaired.
          </li>
          <li>Until then, record new inspection work on another device or on paper.</li>
        </ol>
        {/* Through the platform: in the desktop app a reload the page starts is a refused navigation. */}
        <Button type="button" variant="secondary" onClick={() => void platform.restartLocked()} disabled={running}>
          Try opening the data again
        </Button>
      </div>
    </div>
  );
}

function ExportStatus({ state }: { state: ExportState }) {
  // One live region for what happened, so screen readers hear each outcome without losing their place.
  let text = '';
  if (state.kind === 'running' && state.savedParts > 0) text = `${partsText(state.savedParts)} saved so far.`;
  if (state.kind === 'cancelled')
    text =
      state.savedParts > 0
        ? `Export stopped because saving was cancelled. ${partsText(state.savedParts)} had already been saved; export again to get the rest.`
        : 'Export stopped because saving was cancelled. Nothing was saved.';
  return (
    <>
      {state.kind === 'running' && (
        <ProgressIndicator
          label={state.progress ? `Reading ${storeLabel(state.progress.store)}` : 'Opening the data to read it'}
          value={state.progress?.done}
          max={Math.max(1, state.progress?.total ?? 1)}
          valueText={
            state.progress
              ? `${state.progress.done.toLocaleString('en-GB')} of ${state.progress.total.toLocaleString('en-GB')}`
              : undefined
          }
        />
      )}
      <p className="govuk-body" role="status" aria-live="polite">
        {text}
      </p>
      {state.kind === 'failed' && (
        <p className="govuk-body govuk-!-font-weight-bold" role="alert">
          The export could not be completed: {state.message}
        </p>
      )}
    </>
  );
}

/** Store names as a person would say them; unknown (newer) stores keep their own name. */
function storeLabel(store: string): string {
  const labels: Record<string, string> = { changes: 'the change log', blobs: 'photo files', meta: 'settings' };
  return labels[store] ?? store;
}

function ExportDone({ summary, savedParts }: { summary: RawExportSummary; savedParts: number }) {
  const records = summary.stores.reduce((total, store) => total + store.records, 0);
  const listed = summary.unreadable.slice(0, MAX_LISTED_UNREADABLE);
  return (
    <NotificationBanner type="success" heading={`Export saved in ${partsText(savedParts)}`}>
      <p className="govuk-body">
        {records.toLocaleString('en-GB')} records and {summary.blobs.toLocaleString('en-GB')} photo files were exported.{' '}
        {summary.unreadable.length === 0
          ? 'Everything could be read.'
          : `${summary.unreadable.length.toLocaleString('en-GB')} could not be read; they are listed in raw/unreadable.json in the export.`}
      </p>
      <p className="govuk-body">
        {summary.plain === 0
          ? 'Everything was exported encrypted, as it was stored: only your passphrase opens it.'
          : `${summary.plain.toLocaleString('en-GB')} records, changes and photo files were not encrypted on this device, so anyone with the export can read them.`}
      </p>
      {listed.length > 0 && (
        <Details summary="What could not be read">
          <ul className="govuk-list govuk-list--bullet">
            {listed.map((item) => (
              <li key={`${item.store}/${item.key}`}>
                {item.store} {item.key}: {item.reason}
              </li>
            ))}
          </ul>
          {summary.unreadable.length > listed.length && (
            <p className="govuk-body">
              and {(summary.unreadable.length - listed.length).toLocaleString('en-GB')} more, listed in the export.
            </p>
          )}
        </Details>
      )}
    </NotificationBanner>
  );
}

function partsText(parts: number): string {
  return parts === 1 ? '1 file' : `${parts.toLocaleString('en-GB')} files`;
}
