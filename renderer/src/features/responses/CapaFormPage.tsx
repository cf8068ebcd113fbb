/**
 * One deficiency's CAPA record: the company's response, root cause, actions and due date as it sent
 * them, and the inspector's assessment with a comment. One `capa` record per deficiency, created the
 * first time and updated after, always through `commit`.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { CapaAssessmentSchema, type CapaResponse } from '@shared/domain/closeOut';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { DateInput, type DateParts } from '../../components/govuk/DateInput';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Textarea } from '../../components/govuk/Textarea';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { isoFromParts, partsFromIso } from '../../forms/dateParts';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { NotFoundPage } from '../help/NotFoundPage';
import { useInspection } from '../workspace/InspectionContext';
import { CAPA_ASSESSMENT_LABELS } from './responseRows';

export function CapaFormPage() {
  const { findingId } = useParams();
  const inspection = useInspection();
  const finding = useLiveRecord('finding', findingId);
  const capas = useLiveRecords('capa', { inspectionId: inspection.id });
  if (finding === undefined || capas === undefined) return <p className="govuk-body">Loading…</p>;
  if (!finding || finding._meta.deleted || finding.inspectionId !== inspection.id) return <NotFoundPage />;
  const existing = capas.find((c) => c.findingId === finding.id);
  return <CapaForm key={existing?.id ?? 'new'} finding={finding} existing={existing} />;
}

interface CapaValues {
  response: string;
  rootCause: string;
  actions: string;
  dueDate: DateParts;
  assessment: string;
  assessorComment: string;
}

function CapaForm({ finding, existing }: { finding: Stored<'finding'>; existing: Stored<'capa'> | undefined }) {
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const back = `/inspections/${inspection.id}/responses`;
  usePageTitle(`Response to ${finding.reference}`);
  const [values, setValues] = useState<CapaValues>({
    response: existing?.response ?? '',
    rootCause: existing?.rootCause ?? '',
    actions: existing?.actions ?? '',
    dueDate: partsFromIso(existing?.dueDate ?? undefined),
    assessment: existing?.assessment ?? 'awaiting-response',
    assessorComment: existing?.assessorComment ?? '',
  });
  const set = <K extends keyof CapaValues>(field: K, value: CapaValues[K]) => setValues((v) => ({ ...v, [field]: value }));

  const form = useFormSubmission(
    () => {
      const empty = !values.dueDate.day.trim() && !values.dueDate.month.trim() && !values.dueDate.year.trim();
      const due = empty ? null : isoFromParts(values.dueDate);
      const assessment = CapaAssessmentSchema.safeParse(values.assessment);
      const errors: Record<string, string> = {};
      if (due !== null && typeof due !== 'string') errors['dueDate'] = `The due date ${due.error}`;
      if (!assessment.success) errors['assessment'] = 'Choose your assessment of the response';
      if (Object.keys(errors).length > 0 || !assessment.success || (due !== null && typeof due !== 'string'))
        return { ok: false, errors };
      const { dueDate: _parts, ...text } = values;
      return { ok: true, value: { ...text, dueDate: due, assessment: assessment.data } };
    },
    async (fields) => {
      if (existing) {
        await commit({ intents: [{ op: 'update', entity: 'capa', id: existing.id, fields }] });
      } else {
        const created: CapaResponse = { id: uuidv7(), inspectionId: inspection.id, findingId: finding.id, ...fields };
        await commit({ intents: [{ op: 'create', entity: 'capa', fields: created }] });
      }
      void navigate(back);
    },
    'response',
  );

  return (
    <>
      <BackLink href={back}>Back to responses</BackLink>
      {Object.keys(form.errors).length > 0 && (
        <ErrorSummary errors={summaryItems(form.errors, 'capa-', { dueDate: 'capa-dueDate-day' })} />
      )}
      <span className="govuk-caption-l">{finding.reference}</span>
      <h1 className="govuk-heading-l">{finding.title}</h1>
      <p className="govuk-body">{finding.statement}</p>
      <form noValidate onSubmit={form.onSubmit}>
        <h2 className="govuk-heading-m">The company’s response</h2>
        <Textarea
          id="capa-response"
          label="Response"
          rows={5}
          value={values.response}
          onChange={(e) => set('response', e.target.value)}
          error={form.errors['response']}
        />
        <Textarea
          id="capa-rootCause"
          label="Root cause"
          hint="Including the wider impact, for example on other sites of the network"
          rows={3}
          value={values.rootCause}
          onChange={(e) => set('rootCause', e.target.value)}
        />
        <Textarea
          id="capa-actions"
          label="Actions"
          hint="Each action with its completion date"
          rows={4}
          value={values.actions}
          onChange={(e) => set('actions', e.target.value)}
        />
        <DateInput
          id="capa-dueDate"
          legend="Due date"
          legendSize="s"
          hint="When the last action is due, for example 27 3 2027. Leave empty if none was given."
          value={values.dueDate}
          onChange={(parts) => set('dueDate', parts)}
          error={form.errors['dueDate']}
        />
        <h2 className="govuk-heading-m">Your assessment</h2>
        <Radios
          idPrefix="capa-assessment"
          name="assessment"
          legend="Assessment of the response"
          legendSize="s"
          value={values.assessment}
          onChange={(next) => set('assessment', next)}
          error={form.errors['assessment']}
          items={CapaAssessmentSchema.options.map((a) => ({ value: a, label: CAPA_ASSESSMENT_LABELS[a] }))}
        />
        <Textarea
          id="capa-assessorComment"
          label="Your comment"
          rows={3}
          value={values.assessorComment}
          onChange={(e) => set('assessorComment', e.target.value)}
        />
        <Button type="submit" disabled={form.saving}>
          Save response
        </Button>
      </form>
    </>
  );
}
