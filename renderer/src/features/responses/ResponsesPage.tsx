/**
 * The Responses screen: each deficiency with the company's CAPA response and the inspector's
 * assessment. Overdue items (due date passed, not accepted) are tagged red, listed first and counted
 * in the heading, so the ones to chase are seen first (DOMAIN.md 2.3 steps 6-7).
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { buildReportModel } from '@shared/report/buildReportModel';
import { ALL_ANNEXES } from '@shared/report/reportDocument';
import { usePageTitle } from '../../app/usePageTitle';
import { Table } from '../../components/govuk/Table';
import { Tag } from '../../components/govuk/Tag';
import { useLiveRecords } from '../../db/liveQueries';
import { formatDate } from '../../forms/dateParts';
import { useInspection } from '../workspace/InspectionContext';
import { useReportInput } from '../report/useReportInput';
import { CAPA_ASSESSMENT_LABELS, responseRows, todayIso } from './responseRows';
import '../report/report.css';

export function ResponsesPage() {
  usePageTitle('Responses');
  const inspection = useInspection();
  const input = useReportInput();
  const capas = useLiveRecords('capa', { inspectionId: inspection.id });
  const [today] = useState(() => todayIso());
  const [builtAt] = useState(() => new Date().toISOString());
  const rows = useMemo(
    () =>
      input && capas
        ? responseRows(buildReportModel(input, { generatedAt: builtAt, annexes: ALL_ANNEXES }), capas, today)
        : undefined,
    [input, capas, today, builtAt],
  );
  if (!rows) return <p className="govuk-body">Loading responses…</p>;
  const overdue = rows.filter((r) => r.overdue).length;
  const base = `/inspections/${inspection.id}/responses`;
  return (
    <>
      <h1 className="govuk-heading-l">
        Responses{overdue > 0 && <span className="govuk-caption-m">{overdue} overdue</span>}
      </h1>
      <p className="govuk-body">
        Record the company’s response to each deficiency and your assessment of it. An item is overdue when its due date
        has passed and the response has not been accepted.
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body">There are no graded deficiencies to respond to.</p>
      ) : (
        <Table
          caption={`Deficiencies and responses${overdue > 0 ? ` (${overdue} overdue)` : ''}`}
          captionSize="m"
          head={['Deficiency', 'Due', 'Assessment', 'Response']}
          rowKeys={rows.map((r) => r.deficiency.findingId)}
          rows={rows.map(({ deficiency, capa, overdue: late }) => [
            {
              content: (
                <>
                  <span className="govuk-!-font-weight-bold">{deficiency.number}</span> {deficiency.reference}:{' '}
                  {deficiency.title}
                  <span className="govuk-body-s govuk-!-display-block">{deficiency.gradeLabel}</span>
                </>
              ),
              className: late ? 'app-overdue-row' : undefined,
            },
            capa?.dueDate ? formatDate(capa.dueDate) : 'Not set',
            late ? (
              <span key="a">
                <Tag colour="red">Overdue</Tag> {CAPA_ASSESSMENT_LABELS[capa?.assessment ?? 'awaiting-response']}
              </span>
            ) : (
              CAPA_ASSESSMENT_LABELS[capa?.assessment ?? 'awaiting-response']
            ),
            <Link key="l" className="govuk-link" to={`${base}/${deficiency.findingId}`}>
              {capa ? 'Change' : 'Record'}
              <span className="govuk-visually-hidden"> the response to {deficiency.number}</span>
            </Link>,
          ])}
        />
      )}
    </>
  );
}
