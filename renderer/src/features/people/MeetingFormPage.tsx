/** Record a meeting: opening, daily wrap-up or closing, with attendees from the people met, and notes. */
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { MEETING_KIND_LABELS, MeetingKindSchema } from '@shared/domain/evidenceRecords';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { DateInput } from '../../components/govuk/DateInput';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { isoFromParts, partsFromIso } from '../../forms/dateParts';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';

export function MeetingFormPage() {
  const { meetingId } = useParams();
  const meeting = useLiveRecord('meeting', meetingId);
  if (meetingId && meeting === undefined) return <p className="govuk-body">Loading…</p>;
  return <MeetingForm key={meetingId ?? 'new'} existing={meeting ?? undefined} />;
}

function MeetingForm({ existing }: { existing: Stored<'meeting'> | undefined }) {
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const people = useLiveRecords('person', { inspectionId: inspection.id }) ?? [];
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const title = existing ? `Change ${MEETING_KIND_LABELS[existing.kind].toLowerCase()}` : 'Record a meeting';
  usePageTitle(title);
  const [kind, setKind] = useState<string>(existing?.kind ?? search.get('kind') ?? '');
  const [date, setDate] = useState(partsFromIso(existing?.date ?? new Date().toISOString().slice(0, 10)));
  const [siteId, setSiteId] = useState(existing?.siteId ?? '');
  const [attendeeIds, setAttendeeIds] = useState<readonly string[]>(existing?.attendeeIds ?? []);
  const [inspectorIds, setInspectorIds] = useState<readonly string[]>(
    existing?.inspectorIds ?? inspection.team.map((m) => m.userId),
  );
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const back = `/inspections/${inspection.id}/people`;
  const form = useFormSubmission(
    () => {
      const errors: Record<string, string> = {};
      const parsedKind = MeetingKindSchema.safeParse(kind);
      const iso = isoFromParts(date);
      if (!parsedKind.success) errors['kind'] = 'Select the kind of meeting';
      if (typeof iso !== 'string') errors['date'] = `Date ${iso.error}`;
      if (!parsedKind.success || typeof iso !== 'string') return { ok: false, errors };
      return {
        ok: true,
        value: {
          kind: parsedKind.data,
          date: iso,
          siteId: siteId || null,
          attendeeIds: [...attendeeIds],
          inspectorIds: [...inspectorIds],
          notes,
        },
      };
    },
    async (fields) => {
      if (existing) await commit({ intents: [{ op: 'update', entity: 'meeting', id: existing.id, fields }] });
      else
        await commit({
          intents: [
            { op: 'create', entity: 'meeting', fields: { id: uuidv7(), inspectionId: inspection.id, ...fields } },
          ],
        });
      void navigate(back);
    },
    'kind',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && (
        <ErrorSummary errors={summaryItems(form.errors, 'meeting-', { date: 'meeting-date-day' })} />
      )}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <Radios
          idPrefix="meeting-kind"
          name="kind"
          legend="Kind of meeting"
          legendSize="s"
          value={kind}
          onChange={setKind}
          error={form.errors['kind']}
          items={MeetingKindSchema.options.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
        />
        <DateInput
          id="meeting-date"
          legend="Date"
          legendSize="s"
          value={date}
          onChange={setDate}
          error={form.errors['date']}
        />
        <Select
          id="meeting-siteId"
          label="Where"
          value={siteId}
          onChange={(e) => setSiteId(e.target.value)}
          options={[
            { value: '', text: 'Not at one site (or remote)' },
            ...sites.map((s) => ({ value: s.id, text: `${s.identifier} ${s.name}` })),
          ]}
        />
        {people.length === 0 ? (
          <p className="govuk-body">
            Add the people you meet on the People and meetings screen to record them as attendees.
          </p>
        ) : (
          <Checkboxes
            idPrefix="meeting-attendees"
            name="attendees"
            legend="Attendees from the organisation"
            legendSize="s"
            small
            values={attendeeIds}
            onChange={setAttendeeIds}
            items={people.map((p) => ({
              value: p.id,
              label: p.name,
              hint: [p.jobTitle, p.role, p.organisation].filter(Boolean).join(', '),
            }))}
          />
        )}
        <Checkboxes
          idPrefix="meeting-inspectors"
          name="inspectors"
          legend="Inspection team present"
          legendSize="s"
          small
          values={inspectorIds}
          onChange={setInspectorIds}
          items={inspection.team.map((m) => ({ value: m.userId, label: `${m.name} (${m.initials})` }))}
        />
        <Textarea id="meeting-notes" label="Notes" rows={8} value={notes} onChange={(e) => setNotes(e.target.value)} />
        <Button type="submit" disabled={form.saving}>
          {existing ? 'Save changes' : 'Save meeting'}
        </Button>
      </form>
    </>
  );
}
