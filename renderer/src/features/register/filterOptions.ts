/**
 * The choices the site and inspection filters offer, taken from the register's own rows and
 * inspections, and the labels of chosen filters for the MOJ "selected filters" tags.
 */
import { DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { FINDING_STATUS_LABELS } from '@shared/domain/finding';
import type { CheckboxItem } from '../../components/govuk/Checkboxes';
import { formatDate } from '../../forms/dateParts';
import { NO_SITE_GROUP_LABEL } from './rowModel/groupRows';
import { classificationLabel, type InspectionSource, type RegisterRow } from './rowModel/registerRow';
import { NO_SITE, type RegisterFilters } from './rowModel/registerView';
import { compareText } from './rowModel/sortRows';

export interface FilterOptions {
  sites: CheckboxItem[];
  inspections: CheckboxItem[];
}

export function filterOptions(
  rows: readonly RegisterRow[],
  inspections: readonly (InspectionSource & { organisationName?: string })[],
): FilterOptions {
  const identifiers = new Set<string>();
  let hasNetworkFindings = false;
  for (const row of rows) {
    if (row.siteIdentifier === null) hasNetworkFindings = true;
    else identifiers.add(row.siteIdentifier);
  }
  const sites: CheckboxItem[] = [...identifiers].sort(compareText).map((id) => ({ value: id, label: id }));
  if (hasNetworkFindings) sites.push({ value: NO_SITE, label: NO_SITE_GROUP_LABEL, id: 'register-site-none' });
  return {
    sites,
    inspections: [...inspections]
      .sort((a, b) => compareText(a.reference, b.reference))
      .map((i) => ({ value: i.id, label: i.reference, hint: i.organisationName })),
  };
}

export interface FilterTag {
  key: string;
  text: string;
  remove: (filters: RegisterFilters) => RegisterFilters;
}

export interface FilterTagCategory {
  heading: string;
  tags: FilterTag[];
}

const without = <T>(list: readonly T[], value: T) => list.filter((v) => v !== value);

/** The chosen filters as removable tags, grouped under the field they came from. */
export function filterTagCategories(
  filters: RegisterFilters,
  inspectionReference: (id: string) => string,
): FilterTagCategory[] {
  const categories: FilterTagCategory[] = [
    {
      heading: 'Grade',
      tags: filters.classifications.map((c) => ({
        key: c,
        text: classificationLabel(c),
        remove: (f) => ({ ...f, classifications: without(f.classifications, c) }),
      })),
    },
    {
      heading: 'Discipline',
      tags: filters.disciplines.map((d) => ({
        key: d,
        text: `${d} (${DISCIPLINE_NAMES[d]})`,
        remove: (f) => ({ ...f, disciplines: without(f.disciplines, d) }),
      })),
    },
    {
      heading: 'Site',
      tags: filters.sites.map((s) => ({
        key: `site:${s}`,
        text: s === NO_SITE ? NO_SITE_GROUP_LABEL : s,
        remove: (f) => ({ ...f, sites: without(f.sites, s) }),
      })),
    },
    {
      heading: 'Status',
      tags: filters.statuses.map((s) => ({
        key: s,
        text: FINDING_STATUS_LABELS[s],
        remove: (f) => ({ ...f, statuses: without(f.statuses, s) }),
      })),
    },
    {
      heading: 'Inspection',
      tags: filters.inspections.map((id) => ({
        key: id,
        text: inspectionReference(id),
        remove: (f) => ({ ...f, inspections: without(f.inspections, id) }),
      })),
    },
    {
      heading: 'Last changed',
      tags: [
        ...(filters.changedFrom
          ? [
              {
                key: 'from',
                text: `From ${formatDate(filters.changedFrom)}`,
                remove: (f: RegisterFilters) => ({ ...f, changedFrom: '' }),
              },
            ]
          : []),
        ...(filters.changedTo
          ? [
              {
                key: 'to',
                text: `To ${formatDate(filters.changedTo)}`,
                remove: (f: RegisterFilters) => ({ ...f, changedTo: '' }),
              },
            ]
          : []),
      ],
    },
  ];
  return categories.filter((category) => category.tags.length > 0);
}
