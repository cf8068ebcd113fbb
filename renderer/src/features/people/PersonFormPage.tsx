/** Add or change a person met: name, job title, organisation, regulatory role and site. */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import type { Person } from '@shared/domain/evidenceRecords';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Select } from '../../components/govuk/Select';
import { TextInput } from '../../components/govuk/TextInput';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';

type PersonValues = Record<'name' | 'jobTitle' | 'organisation' | 'role' | 'siteId', string>;

export function PersonFormPage() {
  const { personId } = useParams();
  const person = useLiveRecord('person', personId);
  if (personId && person === undefined) return <p className="govuk-body">Loading…</p>;
  return <PersonForm key={personId ?? 'new'} existing={person ?? undefined} />;
}

function PersonForm({ existing }: { existing: Stored<'person'> | undefined }) {
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const title = existing ? `Change ${existing.name}` : 'Add a person met';
  usePageTitle(title);
  const [values, setValues] = useState<PersonValues>({
    name: existing?.name ?? '',
    jobTitle: existing?.jobTitle ?? '',
    organisation: existing?.organisation ?? inspection.organisationName,
    role: existing?.role ?? '',
    siteId: existing?.siteId ?? '',
  });
  const set = (field: keyof PersonValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const back = `/inspections/${inspection.id}/people`;
  const form = useFormSubmission(
    () =>
      values.name.trim()
        ? {
            ok: true as const,
            value: {
              name: values.name.trim(),
              jobTitle: values.jobTitle.trim(),
              organisation: values.organisation.trim(),
              role: values.role.trim(),
              siteId: values.siteId || null,
            } satisfies Omit<Person, 'id' | 'inspectionId'>,
          }
        : { ok: false as const, errors: { name: 'Enter the person’s name' } },
    async (fields) => {
      if (existing) await commit({ intents: [{ op: 'update', entity: 'person', id: existing.id, fields }] });
      else
        await commit({
          intents: [
            { op: 'create', entity: 'person', fields: { id: uuidv7(), inspectionId: inspection.id, ...fields } },
          ],
        });
      void navigate(back);
    },
    'name',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'person-')} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          id="person-name"
          label="Name"
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={form.errors['name']}
        />
        <TextInput
          id="person-jobTitle"
          label="Job title"
          value={values.jobTitle}
          onChange={(e) => set('jobTitle')(e.target.value)}
        />
        <TextInput
          id="person-organisation"
          label="Organisation"
          value={values.organisation}
          onChange={(e) => set('organisation')(e.target.value)}
        />
        <TextInput
          id="person-role"
          label="Regulatory role"
          hint="For example QP, QPPV, principal investigator, responsible person at the site"
          value={values.role}
          onChange={(e) => set('role')(e.target.value)}
        />
        <Select
          id="person-siteId"
          label="Site"
          value={values.siteId}
          onChange={(e) => set('siteId')(e.target.value)}
          options={[
            { value: '', text: 'Not specific to one site' },
            ...sites.map((s) => ({ value: s.id, text: `${s.identifier} ${s.name}` })),
          ]}
        />
        <Button type="submit" disabled={form.saving}>
          {existing ? 'Save changes' : 'Add person'}
        </Button>
      </form>
    </>
  );
}
