/**
 * The DM network of an inspection (DOMAIN.md 1.1, 1.4): the licensed Control Site and the point-of-care
 * sites and modular units it runs, with how each one is covered by this inspection.
 */
import { z } from 'zod';
import { Id, LongText, RequiredShortText, ShortText } from './primitives';

export const SiteKindSchema = z.enum(['control-site', 'poc-site', 'modular-unit']);
export type SiteKind = z.infer<typeof SiteKindSchema>;

export const SITE_KIND_LABELS: Readonly<Record<SiteKind, string>> = {
  'control-site': 'Control Site',
  'poc-site': 'Point-of-care site',
  'modular-unit': 'Modular unit',
};

export const SiteCoverageSchema = z.enum(['on-site', 'remote', 'not-covered']);
export type SiteCoverage = z.infer<typeof SiteCoverageSchema>;

export const SITE_COVERAGE_LABELS: Readonly<Record<SiteCoverage, string>> = {
  'on-site': 'Visited on site',
  remote: 'Reviewed remotely',
  'not-covered': 'Not covered',
};

export const SiteSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    kind: SiteKindSchema,
    /** The identifier the DMMF and the licence use for this site or unit. */
    identifier: RequiredShortText,
    name: RequiredShortText,
    location: ShortText,
    hostOrganisation: ShortText,
    responsiblePerson: ShortText,
    coverage: SiteCoverageSchema,
    notes: LongText,
  })
  .strict();
export type Site = z.infer<typeof SiteSchema>;
