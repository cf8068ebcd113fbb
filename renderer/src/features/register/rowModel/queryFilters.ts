/**
 * Register filters from a link's query string, so other screens can open the register already
 * filtered (the overview's "findings at a glance" bars link to `findings?grade=major`,
 * `?discipline=GMP`, `?site=POC-001` or `?site=network`). Unknown values are ignored rather than
 * reported: a stale or hand-edited link still opens the register. Pure.
 */
import { z } from 'zod';
import { ClassificationSchema } from '@shared/domain/classificationSchemes';
import { DisciplineSchema } from '@shared/domain/disciplines';
import { FindingStatusSchema } from '@shared/domain/finding';
import { IsoDate } from '@shared/domain/primitives';
import { NO_FILTERS, NO_SITE, type RegisterFilters, type RegisterScope } from './registerView';

/** The site value meaning "findings about the whole network" in a link (site identifiers are never empty). */
export const NETWORK_SITE_QUERY = 'network';

const MAX_VALUES = 50;

function valid<T>(schema: z.ZodType<T>, values: readonly string[]): T[] {
  const parsed = values.slice(0, MAX_VALUES).flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [result.data] : [];
  });
  return [...new Set(parsed)];
}

export interface QueryView {
  filters: RegisterFilters;
  search: string;
}

export function viewFromQuery(params: URLSearchParams, scope: RegisterScope): QueryView {
  const date = (name: string) => {
    const value = IsoDate.safeParse(params.get(name) ?? '');
    return value.success ? value.data : '';
  };
  return {
    filters: {
      ...NO_FILTERS,
      classifications: valid(ClassificationSchema, params.getAll('grade')),
      disciplines: valid(DisciplineSchema, params.getAll('discipline')),
      sites: valid(z.string().trim().min(1).max(500), params.getAll('site')).map((site) =>
        site === NETWORK_SITE_QUERY ? NO_SITE : site,
      ),
      statuses: valid(FindingStatusSchema, params.getAll('status')),
      inspections: scope === 'all' ? valid(z.string().max(100), params.getAll('inspection')) : [],
      changedFrom: date('from'),
      changedTo: date('to'),
    },
    search: (params.get('q') ?? '').slice(0, 500),
  };
}
