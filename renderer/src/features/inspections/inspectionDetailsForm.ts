/**
 * The inspection details form (reference, organisation, disciplines, type, dates, scope): its values,
 * validation and conversion to an Inspection, shared by "New inspection" and "Edit details".
 */
import { DisciplineSchema, type Discipline } from '@shared/domain/disciplines';
import { InspectionTypeSchema, type Inspection } from '@shared/domain/inspection';
import type { DateParts } from '../../components/govuk/DateInput';
import { isoFromParts, partsFromIso } from '../../forms/dateParts';
import type { FieldErrors } from '../../forms/formErrors';

export interface DetailsValues {
  reference: string;
  organisationName: string;
  disciplines: string[];
  type: string;
  startDate: DateParts;
  endDate: DateParts;
  scope: string;
  areasNotInspected: string;
  agenda: string;
}

export type DetailsFields = Pick<
  Inspection,
  | 'reference'
  | 'organisationName'
  | 'disciplines'
  | 'type'
  | 'startDate'
  | 'endDate'
  | 'scope'
  | 'areasNotInspected'
  | 'agenda'
>;

export function detailsValuesFrom(inspection: Inspection | undefined): DetailsValues {
  return {
    reference: inspection?.reference ?? '',
    organisationName: inspection?.organisationName ?? '',
    disciplines: [...(inspection?.disciplines ?? [])],
    type: inspection?.type ?? '',
    startDate: partsFromIso(inspection?.startDate),
    endDate: partsFromIso(inspection?.endDate),
    scope: inspection?.scope ?? '',
    areasNotInspected: inspection?.areasNotInspected ?? '',
    agenda: inspection?.agenda ?? '',
  };
}

export function validateDetails(
  values: DetailsValues,
): { ok: true; fields: DetailsFields } | { ok: false; errors: FieldErrors } {
  const errors: Record<string, string> = {};
  if (!values.reference.trim()) errors['reference'] = 'Enter the inspection reference';
  if (!values.organisationName.trim()) errors['organisationName'] = 'Enter the name of the organisation inspected';
  const disciplines = values.disciplines.filter((d): d is Discipline => DisciplineSchema.safeParse(d).success);
  if (disciplines.length === 0) errors['disciplines'] = 'Select at least one discipline';
  const type = InspectionTypeSchema.safeParse(values.type);
  if (!type.success) errors['type'] = 'Select the type of inspection';
  const start = isoFromParts(values.startDate);
  const end = isoFromParts(values.endDate);
  if (typeof start !== 'string') errors['startDate'] = `Start date ${start.error}`;
  if (typeof end !== 'string') errors['endDate'] = `End date ${end.error}`;
  if (typeof start === 'string' && typeof end === 'string' && end < start)
    errors['endDate'] = 'End date must be the same as or after the start date';
  if (Object.keys(errors).length > 0 || typeof start !== 'string' || typeof end !== 'string' || !type.success) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    fields: {
      reference: values.reference.trim(),
      organisationName: values.organisationName.trim(),
      disciplines,
      type: type.data,
      startDate: start,
      endDate: end,
      scope: values.scope,
      areasNotInspected: values.areasNotInspected,
      agenda: values.agenda,
    },
  };
}
