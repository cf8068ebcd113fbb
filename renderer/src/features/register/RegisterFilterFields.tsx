/**
 * The fields of the register's filter panel: grade, discipline, site, status, inspection (across
 * inspections only) and the last-changed date range. They apply as they change, so the MOJ filter
 * has no "Apply" button; choices within a field widen, choices across fields narrow.
 */
import { CLASSIFICATION_ORDER } from '@shared/domain/classificationSchemes';
import { DisciplineSchema, DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { FINDING_STATUS_LABELS, FindingStatusSchema } from '@shared/domain/finding';
import { Checkboxes, type CheckboxItem } from '../../components/govuk/Checkboxes';
import { DateFilter } from './DateFilter';
import type { FilterOptions } from './filterOptions';
import { classificationLabel } from './rowModel/registerRow';
import type { RegisterFilters, RegisterScope } from './rowModel/registerView';

export interface RegisterFilterFieldsProps {
  scope: RegisterScope;
  filters: RegisterFilters;
  options: FilterOptions;
  onChange: (filters: RegisterFilters) => void;
}

const GRADE_ITEMS: CheckboxItem[] = CLASSIFICATION_ORDER.map((c) => ({ value: c, label: classificationLabel(c) }));
const DISCIPLINE_ITEMS: CheckboxItem[] = DisciplineSchema.options.map((d) => ({
  value: d,
  label: d,
  hint: DISCIPLINE_NAMES[d],
}));
const STATUS_ITEMS: CheckboxItem[] = FindingStatusSchema.options.map((s) => ({
  value: s,
  label: FINDING_STATUS_LABELS[s],
}));

/** Keeps only the values a schema allows: checkbox values come back as plain strings. */
function only<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

export function RegisterFilterFields({ scope, filters, options, onChange }: RegisterFilterFieldsProps) {
  const set = (patch: Partial<RegisterFilters>) => onChange({ ...filters, ...patch });
  const rangeError =
    filters.changedFrom && filters.changedTo && filters.changedTo < filters.changedFrom
      ? 'Last changed to must be the same as or after last changed from'
      : undefined;
  return (
    <>
      <Checkboxes
        idPrefix="register-grade"
        name="grade"
        legend="Grade"
        legendSize="s"
        small
        items={GRADE_ITEMS}
        values={filters.classifications}
        onChange={(values) => set({ classifications: only(CLASSIFICATION_ORDER, values) })}
      />
      <Checkboxes
        idPrefix="register-discipline"
        name="discipline"
        legend="Discipline"
        legendSize="s"
        small
        items={DISCIPLINE_ITEMS}
        values={filters.disciplines}
        onChange={(values) => set({ disciplines: only(DisciplineSchema.options, values) })}
      />
      {options.sites.length > 0 && (
        <Checkboxes
          idPrefix="register-site"
          name="site"
          legend="Site"
          legendSize="s"
          small
          items={options.sites}
          values={filters.sites}
          onChange={(values) => set({ sites: [...values] })}
        />
      )}
      <Checkboxes
        idPrefix="register-status"
        name="status"
        legend="Status"
        legendSize="s"
        small
        items={STATUS_ITEMS}
        values={filters.statuses}
        onChange={(values) => set({ statuses: only(FindingStatusSchema.options, values) })}
      />
      {scope === 'all' && options.inspections.length > 0 && (
        <Checkboxes
          idPrefix="register-inspection"
          name="inspection"
          legend="Inspection"
          legendSize="s"
          small
          items={options.inspections}
          values={filters.inspections}
          onChange={(values) => set({ inspections: [...values] })}
        />
      )}
      <DateFilter
        legend="Last changed from"
        idPrefix="register-changed-from"
        value={filters.changedFrom}
        onChange={(changedFrom) => set({ changedFrom })}
      />
      <DateFilter
        legend="Last changed to"
        idPrefix="register-changed-to"
        value={filters.changedTo}
        onChange={(changedTo) => set({ changedTo })}
        rangeError={rangeError}
      />
    </>
  );
}
