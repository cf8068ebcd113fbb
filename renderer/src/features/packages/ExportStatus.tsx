/** What happened to an export, said in a GOV.UK notification banner or error message. */
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import type { ExportState } from './useExportPackage';

export function ExportStatus({ state }: { state: ExportState }) {
  if (state.kind === 'working')
    return (
      <p className="govuk-body" role="status">
        Building the package…
      </p>
    );
  if (state.kind === 'failed') {
    return (
      <p className="govuk-error-message" role="alert">
        <span className="govuk-visually-hidden">Error:</span> The package was not exported: {state.message}
      </p>
    );
  }
  if (state.kind !== 'done') return null;
  if (!state.saved)
    return (
      <p className="govuk-body" role="status">
        Export cancelled; nothing was saved.
      </p>
    );
  return (
    <NotificationBanner type="success" title="Exported">
      Saved {state.fileName}.
      {state.missingPhotos > 0 &&
        ` ${state.missingPhotos} photo file${state.missingPhotos === 1 ? ' was' : 's were'} missing on this device and left out.`}
    </NotificationBanner>
  );
}
