/**
 * Working through one checklist section: every item with its answer, note and sites, a filter for
 * unanswered items and deficiencies, and a fast keyboard flow (1-4 answer and move on; N and P move).
 */
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { InsetText } from '../../components/govuk/InsetText';
import { useLiveRecords } from '../../db/liveQueries';
import { NotFoundPage } from '../help/NotFoundPage';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';
import { ChecklistItemCard } from './ChecklistItemCard';
import { assignmentKey, indexResponses, itemKey, sectionProgress } from './checklistProgress';
import { usePinnedTemplates } from './usePinnedTemplates';
import { useSaveResponse } from './useSaveResponse';

type Filter = 'all' | 'unanswered' | 'deficiencies';
const FILTER_LABELS: Record<Filter, string> = {
  all: 'all items',
  unanswered: 'unanswered',
  deficiencies: 'deficiencies',
};

export function ChecklistSectionPage() {
  const { templateId = '', sectionId = '' } = useParams();
  const inspection = useInspection();
  const [search, setSearch] = useSearchParams();
  const filter = (
    ['unanswered', 'deficiencies'].includes(search.get('show') ?? '') ? search.get('show') : 'all'
  ) as Filter;
  const { templates, loading } = usePinnedTemplates(inspection);
  const template = templates.find((t) => t.templateId === templateId);
  const section = template?.sections.find((s) => s.sectionId === sectionId);
  usePageTitle(section ? section.title : 'Checklist section');
  const responses = indexResponses(useLiveRecords('checklistResponse', { inspectionId: inspection.id }) ?? []);
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const findings = useLiveRecords('finding', { inspectionId: inspection.id }) ?? [];
  const save = useSaveResponse(inspection.id, templateId, template?.version ?? 1);

  const move = useCallback((from: string, direction: 1 | -1) => {
    const cards = Array.from(document.querySelectorAll<HTMLElement>('.app-checklist-item'));
    const index = cards.findIndex((card) => card.id === from);
    const next = cards[index + direction];
    const target =
      next?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      next?.querySelector<HTMLInputElement>('input[type="radio"]');
    target?.focus();
    next?.scrollIntoView({ block: 'nearest' });
  }, []);

  if (loading) return <p className="govuk-body">Loading checklist…</p>;
  if (!template || !section) return <NotFoundPage />;
  const progress = sectionProgress(template.templateId, section, responses);
  const assigned = inspection.team.find(
    (m) => m.userId === inspection.sectionAssignments[assignmentKey(templateId, sectionId)],
  );
  const items = section.items.filter((item) => {
    const response = responses.get(itemKey(templateId, item.itemId));
    if (filter === 'unanswered') return !response;
    if (filter === 'deficiencies') return response?.answer === 'deficiency';
    return true;
  });
  const returnTo = `/inspections/${inspection.id}/checklists/${templateId}/${sectionId}`;

  return (
    <>
      <BackLink href={`/inspections/${inspection.id}/checklists`}>Back</BackLink>
      <span className="govuk-caption-l">{template.title}</span>
      <h1 className="govuk-heading-l">{section.title}</h1>
      <p className="govuk-body" aria-live="polite">
        {progress.answered} of {progress.total} answered, {progress.deficiencies}{' '}
        {progress.deficiencies === 1 ? 'deficiency' : 'deficiencies'}.{' '}
        {assigned ? `Covered by ${assigned.name}.` : 'Not assigned.'}
      </p>
      {section.description && <p className="govuk-body">{section.description}</p>}
      <InsetText>
        Keyboard: in an item, press 1 Satisfactory, 2 Deficiency, 3 Not applicable or 4 Not assessed to answer and move
        to the next item; N next item, P previous item. Notes save as you type.
      </InsetText>
      <nav aria-label="Filter items">
        <p className="govuk-body">
          Show:{' '}
          {(Object.keys(FILTER_LABELS) as Filter[]).map((key, index) => (
            <span key={key}>
              {index > 0 && ' | '}
              {key === filter ? (
                <strong>{FILTER_LABELS[key]}</strong>
              ) : (
                <Link
                  className="govuk-link"
                  to={key === 'all' ? '?' : `?show=${key}`}
                  onClick={(event) => {
                    event.preventDefault();
                    setSearch(key === 'all' ? {} : { show: key });
                  }}
                >
                  {FILTER_LABELS[key]}
                </Link>
              )}
            </span>
          ))}
        </p>
      </nav>
      {items.length === 0 && <p className="govuk-body">No items match.</p>}
      {items.map((item) => {
        const key = itemKey(templateId, item.itemId);
        const response = responses.get(key);
        return (
          <ChecklistItemCard
            key={item.itemId}
            inspectionId={inspection.id}
            templateId={templateId}
            discipline={template.discipline}
            item={item}
            response={response}
            sites={sites}
            linkedFindings={findings.filter((f) => f.checklistItemIds.includes(key))}
            returnTo={returnTo}
            save={(fields) => save(item.itemId, response, fields)}
            onMove={(direction) => move(`item-${templateId}-${item.itemId}`, direction)}
          />
        );
      })}
    </>
  );
}
