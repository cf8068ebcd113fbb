/**
 * Which checklists an inspection uses, pinned to the version it starts with, and who covers which
 * section. A newer template version never changes an inspection that has already pinned one.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Select } from '../../components/govuk/Select';
import { useCommit } from '../../db/DataContext';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { latestOfEach, useChecklistTemplates } from '../library/useChecklistTemplates';
import { useInspection } from '../workspace/InspectionContext';
import { assignmentKey } from './checklistProgress';

export function ChecklistSetupPage() {
  usePageTitle('Checklists and who covers them');
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const { templates } = useChecklistTemplates();
  const pinnedIds = new Set(inspection.checklistTemplates.map((p) => p.templateId));
  const [selected, setSelected] = useState<readonly string[]>([...pinnedIds]);
  const [assignments, setAssignments] = useState<Record<string, string>>({ ...inspection.sectionAssignments });
  const choices = latestOfEach(templates).filter(
    (t) => inspection.disciplines.includes(t.discipline) || pinnedIds.has(t.templateId),
  );
  const versionOf = (templateId: string) =>
    inspection.checklistTemplates.find((p) => p.templateId === templateId)?.version ??
    choices.find((t) => t.templateId === templateId)?.version ??
    1;
  const chosen = selected
    .map((id) => templates.find((t) => t.templateId === id && t.version === versionOf(id)))
    .filter((t) => t !== undefined);
  const back = `/inspections/${inspection.id}/plan`;

  const form = useFormSubmission(
    () => ({ ok: true, value: null }),
    async () => {
      const pins = chosen.map((t) => ({ templateId: t.templateId, version: t.version }));
      const validKeys = new Set(chosen.flatMap((t) => t.sections.map((s) => assignmentKey(t.templateId, s.sectionId))));
      const sectionAssignments = Object.fromEntries(
        Object.entries(assignments).filter(([key, userId]) => validKeys.has(key) && userId),
      );
      await commit({
        intents: [
          {
            op: 'update',
            entity: 'inspection',
            id: inspection.id,
            fields: { checklistTemplates: pins, sectionAssignments },
          },
        ],
      });
      void navigate(`/inspections/${inspection.id}/checklists`);
    },
    'templates',
  );

  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'setup-')} />}
      <h1 className="govuk-heading-l">Checklists and who covers them</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <Checkboxes
          idPrefix="setup-templates"
          name="templates"
          legend="Checklists for this inspection"
          legendSize="m"
          hint="Each checklist is pinned to the version shown, so the items do not change during the inspection."
          values={selected}
          onChange={setSelected}
          items={choices.map((t) => {
            const pinned = inspection.checklistTemplates.find((p) => p.templateId === t.templateId);
            const newer =
              pinned && pinned.version < t.version
                ? ` Version ${t.version} is available; this inspection stays on version ${pinned.version}.`
                : '';
            return {
              value: t.templateId,
              label: `${t.title} (version ${pinned?.version ?? t.version})`,
              hint: `${DISCIPLINE_NAMES[t.discipline]}. ${t.sections.reduce((n, s) => n + s.items.length, 0)} items in ${t.sections.length} sections.${newer}`,
            };
          })}
        />
        {chosen.map((template) => (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={template.templateId}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Who covers {template.title}</legend>
            {template.sections.map((section) => {
              const key = assignmentKey(template.templateId, section.sectionId);
              return (
                <Select
                  key={key}
                  id={`assign-${template.templateId}-${section.sectionId}`}
                  label={section.title}
                  value={assignments[key] ?? ''}
                  onChange={(e) => setAssignments((a) => ({ ...a, [key]: e.target.value }))}
                  options={[
                    { value: '', text: 'Not assigned' },
                    ...inspection.team.map((m) => ({ value: m.userId, text: `${m.name} (${m.initials})` })),
                  ]}
                />
              );
            })}
          </fieldset>
        ))}
        <Button type="submit" disabled={form.saving}>
          Save checklists
        </Button>
      </form>
    </>
  );
}
