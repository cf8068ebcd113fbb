/** Values and validation of the site form (Control Site, POC site or modular unit). */
import { SiteCoverageSchema, SiteKindSchema, type Site } from '@shared/domain/network';
import type { Validation } from '../../forms/useFormSubmission';

export type SiteFields = Omit<Site, 'id' | 'inspectionId'>;
export type SiteValues = Record<keyof SiteFields, string>;

export function siteValuesFrom(site: Site | undefined): SiteValues {
  return {
    kind: site?.kind ?? '',
    identifier: site?.identifier ?? '',
    name: site?.name ?? '',
    location: site?.location ?? '',
    hostOrganisation: site?.hostOrganisation ?? '',
    responsiblePerson: site?.responsiblePerson ?? '',
    coverage: site?.coverage ?? '',
    notes: site?.notes ?? '',
  };
}

export function validateSite(values: SiteValues): Validation<SiteFields> {
  const errors: Record<string, string> = {};
  const kind = SiteKindSchema.safeParse(values.kind);
  const coverage = SiteCoverageSchema.safeParse(values.coverage);
  if (!kind.success) errors['kind'] = 'Select what kind of site this is';
  if (!values.identifier.trim()) errors['identifier'] = 'Enter the site identifier used in the DMMF';
  if (!values.name.trim()) errors['name'] = 'Enter the site name';
  if (!coverage.success) errors['coverage'] = 'Select how this inspection covers the site';
  if (!kind.success || !coverage.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: kind.data,
      coverage: coverage.data,
      identifier: values.identifier.trim(),
      name: values.name.trim(),
      location: values.location.trim(),
      hostOrganisation: values.hostOrganisation.trim(),
      responsiblePerson: values.responsiblePerson.trim(),
      notes: values.notes,
    },
  };
}
