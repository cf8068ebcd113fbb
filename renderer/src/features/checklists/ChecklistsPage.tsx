/**
 * The checklists of an inspection as GOV.UK task lists: each section with who covers it, how many
 * items are answered and how many were deficient. "My sections" narrows it to the current user.
 */
import { ContextPackPanel } from '../contextPack/ContextPackPanel';
import { Link, useSearchParams } from 'react-router';
import { describeMissingPins } from '@shared/content/checklists/templateVersions';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { TaskList, type TaskStatus } from '../../components/govuk/TaskList';
import { useCurrentUser } from '../../db/DataContext';
import { useLiveRecords } from '../../db/liveQueries';
import { useInspection } from '../workspace/InspectionContext';
import { assignmentKey, indexResponses, templateProgress, type SectionProgress } from './checklistProgress';
import { usePinnedTemplates } from './usePinnedTemplates';

function statusOf(progress: SectionProgress): TaskStatus {
  if (progress.answered === 0) return { kind: 'tag', text: 'Not started', colour: 'blue' };
  if (progress.answered < progress.total)
    return { kind: 'tag', text: `${progress.answered} of ${progress.total} answered`, colour: 'yellow' };
  return { kind: 'text', text: 'Completed' };
}

export function ChecklistsPage() {
  usePageTitle('Checklists');
  const inspection = useInspection();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const mine = search.get('sections') === 'mine';
  const { templates, missing } = usePinnedTemplates(inspection);
  const responses = indexResponses(useLiveRecords('checklistResponse', { inspectionId: inspection.id }) ?? []);
  const names = new Map(inspection.team.map((m) => [m.userId, m.name]));
  const base = `/inspections/${inspection.id}/checklists`;
  const missingMessage = describeMissingPins(missing);
  return (
    <>
      <h1 className="govuk-heading-l">Checklists</h1>
      <ContextPackPanel inspectionId={inspection.id} />
      {missingMessage && <p className="govuk-body">{missingMessage}</p>}
      {templates.length === 0 ? (
        <>
          <p className="govuk-body">No checklists chosen for this inspection yet.</p>
          <Button href={`/inspections/${inspection.id}/plan/checklists`}>Choose checklists</Button>
        </>
      ) : (
        <>
          <nav className="govuk-!-margin-bottom-6" aria-label="Filter sections">
            <p className="govuk-body">
              Show:{' '}
              {mine ? (
                <Link className="govuk-link" to="?">
                  all sections
                </Link>
              ) : (
                <strong>all sections</strong>
              )}{' '}
              |{' '}
              {mine ? (
                <strong>my sections</strong>
              ) : (
                <a
                  className="govuk-link"
                  href="?sections=mine"
                  onClick={(event) => {
                    event.preventDefault();
                    setSearch({ sections: 'mine' });
                  }}
                >
                  my sections
                </a>
              )}{' '}
              |{' '}
              <Link className="govuk-link" to={`/inspections/${inspection.id}/plan/checklists`}>
                change checklists and who covers them
              </Link>
            </p>
          </nav>
          {templates.map((template) => {
            const progress = templateProgress(template, responses);
            const sections = template.sections
              .map((section, index) => ({ section, progress: progress[index]! }))
              .filter(
                ({ section }) =>
                  !mine ||
                  inspection.sectionAssignments[assignmentKey(template.templateId, section.sectionId)] === user.id,
              );
            const answered = progress.reduce((n, p) => n + p.answered, 0);
            const total = progress.reduce((n, p) => n + p.total, 0);
            return (
              <section
                key={template.templateId}
                className="govuk-!-margin-bottom-8"
                aria-labelledby={`template-${template.templateId}`}
              >
                <h2 className="govuk-heading-m" id={`template-${template.templateId}`}>
                  {template.title}{' '}
                  <span className="govuk-caption-m">
                    Version {template.version}. {answered} of {total} items answered.
                  </span>
                </h2>
                {sections.length === 0 ? (
                  <p className="govuk-body">No sections of this checklist are assigned to you.</p>
                ) : (
                  <TaskList
                    idPrefix={`tasks-${template.templateId}`}
                    items={sections.map(({ section, progress: p }) => {
                      const who = names.get(
                        inspection.sectionAssignments[assignmentKey(template.templateId, section.sectionId)] ?? '',
                      );
                      const deficiencies = p.deficiencies
                        ? `${p.deficiencies} ${p.deficiencies === 1 ? 'deficiency' : 'deficiencies'}`
                        : '';
                      return {
                        id: section.sectionId,
                        title: section.title,
                        href: `${base}/${template.templateId}/${section.sectionId}`,
                        hint: [who ? `Covered by ${who}` : 'Not assigned', deficiencies].filter(Boolean).join('. '),
                        status: statusOf(p),
                      };
                    })}
                  />
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
