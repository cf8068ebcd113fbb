/**
 * The closing meeting list: the provisional findings grouped by grade, as a printable screen (the
 * print styles drop the navigation) and a PDF to hand to the company at the meeting.
 */
import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { WarningText } from '../../components/govuk/WarningText';
import { useLiveRecords } from '../../db/liveQueries';
import { formatDate } from '../../forms/dateParts';
import { usePlatform } from '../../platform/PlatformContext';
import { useInspection } from '../workspace/InspectionContext';
import { loadRenderers } from '../report/loadRenderers';
import { closingMeetingList } from './closingMeetingList';

export function ClosingMeetingPage() {
  usePageTitle('Closing meeting list');
  const inspection = useInspection();
  const platform = usePlatform();
  const findings = useLiveRecords('finding', { inspectionId: inspection.id });
  const sites = useLiveRecords('site', { inspectionId: inspection.id }) ?? [];
  const [status, setStatus] = useState<string>();
  const groups = closingMeetingList(findings ?? [], sites);
  const lead = inspection.team.find((m) => m.role === 'lead')?.name ?? 'the lead inspector';
  const today = formatDate(new Date().toISOString().slice(0, 10));

  async function downloadPdf() {
    setStatus('Making the PDF…');
    try {
      // jsPDF and the fonts load with the other report renderers, when a PDF is first asked for.
      const { renderClosingMeetingPdf, loadReportFonts } = await loadRenderers();
      const bytes = renderClosingMeetingPdf(
        {
          reference: inspection.reference,
          organisationName: inspection.organisationName,
          date: today,
          leadInspector: lead,
        },
        groups,
        await loadReportFonts(),
        new Date(),
      );
      const result = await platform.saveFile(`${inspection.reference}-closing-meeting.pdf`, bytes, [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      setStatus(result.saved ? 'The PDF was saved.' : 'Nothing was saved.');
    } catch (error) {
      setStatus(`The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <>
      <h1 className="govuk-heading-l">Closing meeting list</h1>
      <p className="govuk-body">
        {inspection.organisationName}, inspection {inspection.reference}. Presented on {today} by {lead}.
      </p>
      <WarningText>These findings and their grades are provisional and may change after review.</WarningText>
      <div className="govuk-button-group app-no-print">
        <Button onClick={() => void downloadPdf()}>Download PDF to hand over</Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      {status && (
        <p className="govuk-body app-no-print" role="status">
          {status}
        </p>
      )}
      {findings === undefined ? (
        <p className="govuk-body">Loading findings…</p>
      ) : groups.length === 0 ? (
        <p className="govuk-body">No findings have been raised.</p>
      ) : (
        groups.map((group) => (
          <section key={group.classification} aria-labelledby={`closing-${group.classification}`}>
            <h2 className="govuk-heading-m" id={`closing-${group.classification}`}>
              {group.label} ({group.items.length})
            </h2>
            <ol className="govuk-list app-closing-list">
              {group.items.map((item) => (
                <li key={item.reference} className="app-closing-list__item">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                    {item.reference}: {item.title}
                  </h3>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">Site: {item.site}</p>
                  <p className="govuk-body app-preserve-lines">{item.statement}</p>
                  {item.references.length > 0 && (
                    <p className="govuk-body-s">References: {item.references.join('; ')}</p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </>
  );
}
