/** Add or change a site of the DM network: Control Site, point-of-care site or modular unit. */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { SITE_COVERAGE_LABELS, SITE_KIND_LABELS, SiteCoverageSchema, SiteKindSchema } from '@shared/domain/network';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Textarea } from '../../components/govuk/Textarea';
import { TextInput } from '../../components/govuk/TextInput';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord } from '../../db/liveQueries';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { useInspection } from '../workspace/InspectionContext';
import { siteValuesFrom, validateSite, type SiteValues } from './siteForm';

export function SiteFormPage() {
  const { siteId } = useParams();
  const site = useLiveRecord('site', siteId);
  if (siteId && site === undefined) return <p className="govuk-body">Loading site…</p>;
  return <SiteForm key={siteId ?? 'new'} existing={site ?? undefined} />;
}

function SiteForm({ existing }: { existing: Stored<'site'> | undefined }) {
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const title = existing ? `Change ${existing.name}` : 'Add a site';
  usePageTitle(title);
  const [values, setValues] = useState<SiteValues>(siteValuesFrom(existing));
  const set = (field: keyof SiteValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const back = `/inspections/${inspection.id}/plan`;
  const form = useFormSubmission(
    () => validateSite(values),
    async (fields) => {
      if (existing) await commit({ intents: [{ op: 'update', entity: 'site', id: existing.id, fields }] });
      else
        await commit({
          intents: [{ op: 'create', entity: 'site', fields: { id: uuidv7(), inspectionId: inspection.id, ...fields } }],
        });
      void navigate(back);
    },
    'kind',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'site-')} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <Radios
          idPrefix="site-kind"
          name="kind"
          legend="Kind of site"
          legendSize="s"
          value={values.kind}
          onChange={set('kind')}
          error={form.errors['kind']}
          items={SiteKindSchema.options.map((kind) => ({ value: kind, label: SITE_KIND_LABELS[kind] }))}
        />
        <TextInput
          id="site-identifier"
          label="Site identifier"
          hint="As listed in the DMMF, for example POC-003"
          width={20}
          value={values.identifier}
          onChange={(e) => set('identifier')(e.target.value)}
          error={form.errors['identifier']}
        />
        <TextInput
          id="site-name"
          label="Site name"
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={form.errors['name']}
        />
        <TextInput
          id="site-location"
          label="Location"
          hint="Address, building and ward or room"
          value={values.location}
          onChange={(e) => set('location')(e.target.value)}
        />
        <TextInput
          id="site-hostOrganisation"
          label="Host organisation"
          hint="For example the NHS trust whose hospital hosts the unit"
          value={values.hostOrganisation}
          onChange={(e) => set('hostOrganisation')(e.target.value)}
        />
        <TextInput
          id="site-responsiblePerson"
          label="Responsible person at the site"
          value={values.responsiblePerson}
          onChange={(e) => set('responsiblePerson')(e.target.value)}
        />
        <Radios
          idPrefix="site-coverage"
          name="coverage"
          legend="How this inspection covers the site"
          legendSize="s"
          value={values.coverage}
          onChange={set('coverage')}
          error={form.errors['coverage']}
          items={SiteCoverageSchema.options.map((coverage) => ({
            value: coverage,
            label: SITE_COVERAGE_LABELS[coverage],
          }))}
        />
        <Textarea
          id="site-notes"
          label="Notes"
          rows={3}
          value={values.notes}
          onChange={(e) => set('notes')(e.target.value)}
        />
        <Button type="submit" disabled={form.saving}>
          {existing ? 'Save changes' : 'Add site'}
        </Button>
      </form>
    </>
  );
}
