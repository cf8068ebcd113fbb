/** The fields of the inspection details form; the pages around it decide what saving means. */
import { DISCIPLINE_NAMES, DisciplineSchema } from '@shared/domain/disciplines';
import { INSPECTION_TYPE_LABELS, InspectionTypeSchema } from '@shared/domain/inspection';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { DateInput } from '../../components/govuk/DateInput';
import { Radios } from '../../components/govuk/Radios';
import { Textarea } from '../../components/govuk/Textarea';
import { TextInput } from '../../components/govuk/TextInput';
import type { FieldErrors } from '../../forms/formErrors';
import type { DetailsValues } from './inspectionDetailsForm';

export function InspectionDetailsFields({
  values,
  errors,
  onChange,
}: {
  values: DetailsValues;
  errors: FieldErrors;
  onChange: (values: DetailsValues) => void;
}) {
  const set = <K extends keyof DetailsValues>(field: K, value: DetailsValues[K]) =>
    onChange({ ...values, [field]: value });
  return (
    <>
      <TextInput
        id="details-reference"
        label="Inspection reference"
        hint="For example INS-GMP-2026-0142"
        width={20}
        value={values.reference}
        onChange={(e) => set('reference', e.target.value)}
        error={errors['reference']}
      />
      <TextInput
        id="details-organisationName"
        label="Organisation inspected"
        hint="The licence holder that runs the Control Site"
        value={values.organisationName}
        onChange={(e) => set('organisationName', e.target.value)}
        error={errors['organisationName']}
      />
      <Checkboxes
        idPrefix="details-disciplines"
        name="disciplines"
        legend="Disciplines"
        legendSize="s"
        hint="Select all that apply. A joint inspection has more than one."
        values={values.disciplines}
        onChange={(next) => set('disciplines', [...next])}
        error={errors['disciplines']}
        items={DisciplineSchema.options.map((d) => ({ value: d, label: `${d}: ${DISCIPLINE_NAMES[d]}` }))}
      />
      <Radios
        idPrefix="details-type"
        name="type"
        legend="Type of inspection"
        legendSize="s"
        value={values.type}
        onChange={(next) => set('type', next)}
        error={errors['type']}
        items={InspectionTypeSchema.options.map((t) => ({ value: t, label: INSPECTION_TYPE_LABELS[t] }))}
      />
      <DateInput
        id="details-startDate"
        legend="First day of the inspection"
        legendSize="s"
        hint="For example, 23 11 2026"
        value={values.startDate}
        onChange={(v) => set('startDate', v)}
        error={errors['startDate']}
      />
      <DateInput
        id="details-endDate"
        legend="Last day of the inspection"
        legendSize="s"
        value={values.endDate}
        onChange={(v) => set('endDate', v)}
        error={errors['endDate']}
      />
      <Textarea
        id="details-scope"
        label="Scope"
        labelSize="s"
        hint="Product-related or general, the reason for the inspection, the areas and sites in scope"
        rows={4}
        value={values.scope}
        onChange={(e) => set('scope', e.target.value)}
        error={errors['scope']}
      />
      <Textarea
        id="details-areasNotInspected"
        label="Areas not inspected"
        labelSize="s"
        rows={3}
        value={values.areasNotInspected}
        onChange={(e) => set('areasNotInspected', e.target.value)}
      />
      <Textarea
        id="details-agenda"
        label="Agenda"
        labelSize="s"
        rows={4}
        value={values.agenda}
        onChange={(e) => set('agenda', e.target.value)}
      />
    </>
  );
}
