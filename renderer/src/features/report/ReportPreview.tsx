/**
 * The preview: the real PDF, rendered on demand and shown in a frame from a blob: URL (the CSP allows
 * frame-src blob:). Where the browser has no PDF viewer (navigator.pdfViewerEnabled is false, as in
 * some headless or locked-down browsers), it offers the file to download instead of showing a frame
 * the browser would turn into a download by itself.
 */
import { useEffect } from 'react';
import { Button } from '../../components/govuk/Button';
import { InsetText } from '../../components/govuk/InsetText';
import { WarningText } from '../../components/govuk/WarningText';
import { usePlatform } from '../../platform/PlatformContext';

export interface RenderedPreview {
  bytes: Uint8Array;
  /** A blob: URL of the bytes, made when the preview was rendered and revoked when it is replaced. */
  url: string;
  fileName: string;
  contentSha256: string;
}

export function ReportPreview({
  preview,
  currentContentSha256,
  busy,
  onRender,
}: {
  preview: RenderedPreview | null;
  currentContentSha256: string;
  busy: boolean;
  onRender: () => void;
}) {
  const platform = usePlatform();
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview.url) : undefined), [preview]);
  const viewer = typeof navigator !== 'undefined' && navigator.pdfViewerEnabled;
  return (
    <>
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={onRender} disabled={busy}>
          {preview ? 'Update the preview' : 'Preview the report'}
        </Button>
        {preview && (
          <Button variant="secondary" onClick={() => void platform.saveFile(preview.fileName, preview.bytes)}>
            Download the preview PDF
          </Button>
        )}
      </div>
      {preview && preview.contentSha256 !== currentContentSha256 && (
        <WarningText>The report has changed since this preview. Update the preview before signing.</WarningText>
      )}
      {preview && viewer && (
        <iframe className="app-report-preview" title="Preview of the inspection report (PDF)" src={preview.url} />
      )}
      {preview && !viewer && (
        <InsetText>
          The preview is ready. This browser cannot show a PDF inside the page, so download the preview PDF to read it.
        </InsetText>
      )}
    </>
  );
}
