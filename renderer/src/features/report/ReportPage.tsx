/**
 * The Report screen: settings for a printed copy, the PDF preview, the signatures with their
 * validity and the buttons to sign, "Issue report" with the list of issued versions, and the
 * deficiency list for the company in Word, PDF, CSV and JSON. Long work shows its progress.
 */
import { useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import type { ReportIssue } from '@shared/domain/reportIssue';
import { buildReportModel } from '@shared/report/buildReportModel';
import { deficiencyCsvBytes, deficiencyJsonBytes } from '@shared/report/deficiencyExport';
import { hasValidSignature } from '@shared/report/reportContentHash';
import { ALL_ANNEXES, type ReportDocument } from '@shared/report/reportDocument';
import type { ReportInput } from '@shared/report/reportInput';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { InsetText } from '../../components/govuk/InsetText';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useCommit, useDataStore } from '../../db/DataContext';
import { readVerifiedBlob } from '../../photos/readVerifiedBlob';
import { usePlatform } from '../../platform/PlatformContext';
import { loadRenderers } from './loadRenderers';
import { useInspection } from '../workspace/InspectionContext';
import { IssuedVersions } from './IssuedVersions';
import { issueReport, nextIssueVersion } from './issueReport';
import { deficienciesFileName, issuedFileName, reportFileName, verifiedPhotoBytes } from './reportFiles';
import { ReportPreview, type RenderedPreview } from './ReportPreview';
import { ReportSettings, type ReportSettingsValue } from './ReportSettings';
import { SignatureList } from './SignatureList';
import { useLongTask } from './useLongTask';
import { useReportInput } from './useReportInput';
import './report.css';

const MEANINGS = [
  { meaning: 'author', label: 'Sign as author' },
  { meaning: 'reviewer', label: 'Sign as reviewer' },
  { meaning: 'approver', label: 'Sign as approver' },
] as const;

export function ReportPage() {
  usePageTitle('Report');
  const input = useReportInput();
  if (!input) return <p className="govuk-body">Loading the report…</p>;
  return <ReportScreen input={input} />;
}

function ReportScreen({ input }: { input: ReportInput }) {
  const inspection = useInspection();
  const store = useDataStore();
  const commit = useCommit();
  const platform = usePlatform();
  const location = useLocation();
  const task = useLongTask();
  const [settings, setSettings] = useState<ReportSettingsValue>({ annexes: ALL_ANNEXES, photoSize: 'medium' });
  const [preview, setPreview] = useState<RenderedPreview | null>(null);
  const [notice, setNotice] = useState<string | null>((location.state as { signed?: string } | null)?.signed ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const [shownAt] = useState(() => new Date().toISOString());
  const model = useMemo(
    () => buildReportModel(input, { generatedAt: shownAt, annexes: settings.annexes }),
    [input, settings.annexes, shownAt],
  );
  const issues = input.issues as readonly ReportIssue[];
  const base = `/inspections/${inspection.id}/report`;

  /** A fresh model for a file: made now, with the settings of the screen. */
  const modelForFile = (issueVersion?: number): ReportDocument =>
    buildReportModel(input, {
      generatedAt: new Date().toISOString(),
      annexes: settings.annexes,
      ...(issueVersion ? { issueVersion } : {}),
    });

  const renderPdf = async (fileModel: ReportDocument, progress: (fraction: number, activity: string) => void) => {
    progress(0, 'Loading the PDF renderer and fonts');
    const { renderReportPdf, loadReportFonts } = await loadRenderers();
    return renderReportPdf(fileModel, {
      fonts: await loadReportFonts(),
      photoBytes: verifiedPhotoBytes(store),
      photoSize: settings.photoSize,
      onProgress: progress,
    });
  };

  const renderPreview = () =>
    void task.run('Rendering the preview', async (progress) => {
      const fileModel = modelForFile();
      const bytes = await renderPdf(fileModel, progress);
      setPreview({
        bytes,
        url: URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })),
        fileName: reportFileName(fileModel),
        contentSha256: fileModel.generation.contentSha256,
      });
    });

  const issue = () => {
    setNotice(null);
    setProblem(null);
    if (!hasValidSignature(model, 'author')) {
      setProblem('Sign the report as author before issuing it.');
      return;
    }
    void task.run('Issuing the report', async (progress) => {
      const fileModel = modelForFile(nextIssueVersion(issues));
      const pdf = await renderPdf(fileModel, progress);
      const issued = await issueReport(commit, {
        inspectionId: inspection.id,
        inspectionStatus: inspection.status,
        model: fileModel,
        pdf,
      });
      setNotice(`Version ${issued.version} of the report has been issued.`);
    });
  };

  const download = (label: string, name: string, make: () => Promise<Uint8Array>) =>
    void task.run(label, async (progress) => {
      progress(0.2, label);
      await platform.saveFile(name, await make());
    });

  const downloadIssued = (issued: ReportIssue) =>
    void task.run(`Downloading version ${issued.version}`, async () => {
      const check = await readVerifiedBlob(store, issued.pdfSha256);
      if (check.state !== 'intact')
        throw new Error(
          check.state === 'missing'
            ? `The PDF of version ${issued.version} is not on this device.`
            : `The stored PDF of version ${issued.version} no longer matches its SHA-256, so it has not been saved.`,
        );
      await platform.saveFile(issuedFileName(inspection.reference, issued.version), check.bytes);
    });

  const failure = task.status.state === 'failed' ? `${task.status.label} failed: ${task.status.message}` : problem;
  return (
    <>
      {failure && <ErrorSummary errors={[{ text: failure, href: '#report-actions' }]} />}
      {notice && <NotificationBanner type="success" heading={notice} />}
      <h1 className="govuk-heading-l">Report</h1>
      <p className="govuk-body">
        Content SHA-256 of the report as it stands: <span className="app-hash">{model.generation.contentSha256}</span>
      </p>
      {task.status.state === 'running' && (
        <ProgressIndicator
          label={task.status.label}
          value={Math.round(task.status.fraction * 100)}
          valueText={task.status.activity}
        />
      )}

      <h2 className="govuk-heading-m">Preview</h2>
      <ReportSettings value={settings} onChange={setSettings} />
      <ReportPreview
        preview={preview}
        currentContentSha256={model.generation.contentSha256}
        busy={task.running}
        onRender={renderPreview}
      />

      <h2 className="govuk-heading-m">Signatures</h2>
      <SignatureList model={model} />
      <div className="govuk-button-group">
        {MEANINGS.map(({ meaning, label }) => (
          <Button key={meaning} variant="secondary" href={`${base}/sign/${meaning}`}>
            {label}
          </Button>
        ))}
      </div>

      <h2 className="govuk-heading-m" id="report-actions">
        Issue the report
      </h2>
      {!hasValidSignature(model, 'author') && (
        <InsetText>The report can be issued once it has a valid signature from its author.</InsetText>
      )}
      <Button onClick={issue} disabled={task.running}>
        Issue report
      </Button>
      <h3 className="govuk-heading-s">Issued versions</h3>
      <IssuedVersions issues={issues} onDownload={downloadIssued} />

      <h2 className="govuk-heading-m">Deficiency list for the company</h2>
      <p className="govuk-body">
        Every deficiency with empty fields for the response, root cause, actions with dates and interim controls.
      </p>
      <div className="govuk-button-group">
        <Button
          variant="secondary"
          disabled={task.running}
          onClick={() =>
            download('Preparing the Word file', deficienciesFileName(model, 'docx'), async () =>
              (await loadRenderers()).renderDeficienciesDocx(modelForFile()),
            )
          }
        >
          Download deficiencies (.docx)
        </Button>
        <Button
          variant="secondary"
          disabled={task.running}
          onClick={() =>
            download('Preparing the PDF', deficienciesFileName(model, 'pdf'), async () => {
              const renderers = await loadRenderers();
              return renderers.renderDeficienciesPdf(modelForFile(), await renderers.loadReportFonts());
            })
          }
        >
          Download deficiencies (.pdf)
        </Button>
        <Button
          variant="secondary"
          disabled={task.running}
          onClick={() =>
            download('Preparing the CSV file', deficienciesFileName(model, 'csv'), async () =>
              deficiencyCsvBytes(modelForFile()),
            )
          }
        >
          Download deficiencies (.csv)
        </Button>
        <Button
          variant="secondary"
          disabled={task.running}
          onClick={() =>
            download('Preparing the JSON file', deficienciesFileName(model, 'json'), async () =>
              deficiencyJsonBytes(modelForFile()),
            )
          }
        >
          Download deficiencies (.json)
        </Button>
      </div>
    </>
  );
}
