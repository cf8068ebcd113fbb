/**
 * The finding editor: title, discipline and grade (with each grade's definition shown where it is
 * chosen), statement, evidence, references, site, linked checklist items and status. A new finding
 * takes the author's next reference; after the closing meeting every change needs a reason.
 */
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { gradesFor } from '@shared/domain/classificationSchemes';
import { DISCIPLINE_NAMES, type Discipline } from '@shared/domain/disciplines';
import { FINDING_STATUS_LABELS, FindingStatusSchema, type Finding } from '@shared/domain/finding';
import { isAfterClosingMeeting } from '@shared/domain/inspection';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { Details } from '../../components/govuk/Details';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { TextInput } from '../../components/govuk/TextInput';
import { useCommit, useCurrentUser } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { CitationSearch } from '../library/CitationSearch';
import { citationLabel } from '../library/useCitationLibrary';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';
import { findingValuesFrom, validateFinding, type FindingValues } from './findingForm';
import { nextFindingReference } from './nextFindingReference';

export interface FindingPrefill {
  prefill?: Partial<Finding>;
  returnTo?: string;
}

export function FindingEditorPage() {
  const { findingId } = useParams();
  const finding = useLiveRecord('finding', findingId);
  const existing = useLiveRecords('finding', { inspectionId: useInspection().id, includeDeleted: true });
  if ((findingId && finding === undefined) || existing === undefined)
    return <p className="govuk-body">Loading finding…</p>;
  return <FindingEditor key={findingId ?? 'new'} finding={finding ?? undefined} allFindings={existing} />;
}

function FindingEditor({
  finding,
  allFindings,
}: {
  finding: Stored<'finding'> | undefined;
  allFindings: readonly Stored<'finding'>[];
}) {
  const inspection = useInspection();
  const user = useCurrentUser();
  const commit = useCommit();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as FindingPrefill;
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const [values, setValues] = useState<FindingValues>(() => {
    const onlyDiscipline = inspection.disciplines.length === 1 ? inspection.disciplines[0] : undefined;
    return findingValuesFrom(
      finding ?? { ...(onlyDiscipline ? { discipline: onlyDiscipline } : {}), ...state.prefill },
    );
  });
  const set = <K extends keyof FindingValues>(field: K, value: FindingValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const reasonNeeded = Boolean(finding) && isAfterClosingMeeting(inspection.status);
  const title = finding ? `${finding.reference}: ${finding.title}` : 'New finding';
  usePageTitle(finding ? `Finding ${finding.reference}` : 'New finding');
  const back = state.returnTo ?? `/inspections/${inspection.id}/findings`;
  const member = inspection.team.find((m) => m.userId === user.id);
  const initials = member?.initials ?? user.initials;

  const form = useFormSubmission(
    () => validateFinding(values, reasonNeeded),
    async ({ reason, ...fields }) => {
      if (finding) {
        await commit({
          intents: [{ op: 'update', entity: 'finding', id: finding.id, fields }],
          ...(reason ? { reason } : {}),
        });
        void navigate(`/inspections/${inspection.id}/findings/${finding.id}`);
        return;
      }
      const id = uuidv7();
      const created: Finding = {
        id,
        inspectionId: inspection.id,
        reference: nextFindingReference(allFindings, fields.discipline, initials),
        ...fields,
        photoIds: [],
        followsUp: '',
      };
      await commit({ intents: [{ op: 'create', entity: 'finding', fields: created }] });
      void navigate(`/inspections/${inspection.id}/findings/${id}`);
    },
    'title',
  );

  const discipline = values.discipline as Discipline | '';
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'finding-')} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          id="finding-title"
          label="Title"
          hint="A short name for the deficiency"
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={form.errors['title']}
        />
        <Radios
          idPrefix="finding-discipline"
          name="discipline"
          legend="Discipline"
          legendSize="s"
          inline
          value={values.discipline}
          onChange={(next) => setValues((v) => ({ ...v, discipline: next, classification: '' }))}
          error={form.errors['discipline']}
          items={inspection.disciplines.map((d) => ({ value: d, label: d, hint: DISCIPLINE_NAMES[d] }))}
        />
        {discipline && (
          <Radios
            idPrefix="finding-classification"
            name="classification"
            legend={`Grade (${discipline} scheme)`}
            legendSize="s"
            value={values.classification}
            onChange={(next) => set('classification', next)}
            error={form.errors['classification']}
            items={gradesFor(discipline).map((grade) => ({
              value: grade.classification,
              label: grade.label,
              hint: grade.definition,
            }))}
          />
        )}
        <Textarea
          id="finding-statement"
          label="Statement of the deficiency"
          hint="What was found, precisely: what, where, how many, since when"
          rows={6}
          value={values.statement}
          onChange={(e) => set('statement', e.target.value)}
          error={form.errors['statement']}
        />
        <Textarea
          id="finding-evidence"
          label="Evidence"
          hint="Documents, records, observations and interviews that support the finding"
          rows={4}
          value={values.evidence}
          onChange={(e) => set('evidence', e.target.value)}
        />
        <Textarea
          id="finding-references"
          label="Regulatory references"
          hint="One per line, for example EU GMP Part I, Chapter 2"
          rows={3}
          value={values.references}
          onChange={(e) => set('references', e.target.value)}
        />
        <Details summary="Find a reference or a standard wording in the citation library">
          <CitationSearch
            discipline={discipline || undefined}
            actions={{
              onAddReference: (citation) =>
                setValues((v) => ({ ...v, references: withReference(v.references, citationLabel(citation)) })),
              onUseWording: (citation, wording) =>
                setValues((v) => ({
                  ...v,
                  statement: v.statement.trim() ? `${v.statement.trimEnd()}\n\n${wording}` : wording,
                  references: withReference(v.references, citationLabel(citation)),
                })),
            }}
          />
        </Details>
        <Select
          id="finding-siteId"
          label="Site"
          value={values.siteId}
          onChange={(e) => set('siteId', e.target.value)}
          options={[
            { value: '', text: 'Not specific to one site' },
            ...sites.map((s) => ({ value: s.id, text: `${s.identifier} ${s.name}` })),
          ]}
        />
        {values.checklistItemIds.length > 0 && (
          <div className="govuk-form-group">
            <h2 className="govuk-label govuk-label--s">Linked checklist items</h2>
            <ul className="govuk-list">
              {values.checklistItemIds.map((item) => (
                <li key={item}>
                  {item}{' '}
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-inline-button"
                    onClick={() =>
                      set(
                        'checklistItemIds',
                        values.checklistItemIds.filter((i) => i !== item),
                      )
                    }
                  >
                    Unlink<span className="govuk-visually-hidden"> {item}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Radios
          idPrefix="finding-status"
          name="status"
          legend="Status"
          legendSize="s"
          value={values.status}
          onChange={(next) => set('status', next)}
          error={form.errors['status']}
          items={FindingStatusSchema.options.map((s) => ({ value: s, label: FINDING_STATUS_LABELS[s] }))}
        />
        {reasonNeeded && (
          <Textarea
            id="finding-reason"
            label="Reason for the change"
            hint="The closing meeting has been held, so the reason for any change is recorded in the audit trail"
            rows={2}
            value={values.reason}
            onChange={(e) => set('reason', e.target.value)}
            error={form.errors['reason']}
          />
        )}
        <Button type="submit" disabled={form.saving}>
          {finding ? 'Save changes' : 'Save finding'}
        </Button>
      </form>
    </>
  );
}

/** The references text with `label` added as its own line, unless it is already there. */
function withReference(references: string, label: string): string {
  const lines = references
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.includes(label) ? references : [...lines, label].join('\n');
}
