/**
 * The rows of the Responses screen: one per graded deficiency (PV comments need no response), with
 * the company's CAPA response if recorded, and whether it is overdue: a due date in the past and not
 * yet accepted. Overdue rows come first, then in report order, so what needs chasing is at the top.
 */
import type { CapaAssessment, CapaResponse } from '@shared/domain/closeOut';
import { allDeficiencies } from '@shared/report/deficiencies';
import type { ReportDeficiency, ReportDocument } from '@shared/report/reportDocument';

export const CAPA_ASSESSMENT_LABELS: Readonly<Record<CapaAssessment, string>> = {
  'awaiting-response': 'Awaiting response',
  'under-assessment': 'Under assessment',
  accepted: 'Accepted',
  'more-information': 'More information requested',
};

export interface ResponseRow {
  deficiency: ReportDeficiency;
  capa: CapaResponse | undefined;
  overdue: boolean;
}

/** Overdue: the due date has passed (strictly before today) and the response is not accepted. */
export function isOverdue(capa: Pick<CapaResponse, 'dueDate' | 'assessment'> | undefined, today: string): boolean {
  return Boolean(capa?.dueDate && capa.dueDate < today && capa.assessment !== 'accepted');
}

export function responseRows(model: ReportDocument, capas: readonly CapaResponse[], today: string): ResponseRow[] {
  const byFinding = new Map(capas.map((capa) => [capa.findingId, capa]));
  const rows = allDeficiencies(model.content.deficiencyLists)
    .filter((d) => d.classification !== 'comment')
    .map((deficiency, order) => {
      const capa = byFinding.get(deficiency.findingId);
      return { deficiency, capa, overdue: isOverdue(capa, today), order };
    });
  return rows
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.order - b.order)
    .map(({ deficiency, capa, overdue }) => ({ deficiency, capa, overdue }));
}

/** Today as YYYY-MM-DD in the inspector's own time zone: a due date is a calendar date. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
