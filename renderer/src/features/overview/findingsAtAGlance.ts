/**
 * Counts of an inspection's findings by grade, discipline and site, for the overview chart. Pure, so
 * the numbers are tested without the screen; each bar carries the register filter it leads to.
 */
import { CLASSIFICATION_ORDER, gradeLabel, type Classification } from '@shared/domain/classificationSchemes';
import type { Discipline } from '@shared/domain/disciplines';
import { NETWORK_SITE_QUERY } from '../register/rowModel/queryFilters';

export interface GlanceBar {
  label: string;
  count: number;
  /** Query string for the findings register, e.g. "grade=major". */
  filter: string;
  tone: 'critical' | 'major' | 'other' | 'neutral';
}

export interface GlanceFinding {
  discipline: Discipline;
  classification: Classification;
  siteId: string | null;
}

export interface GlanceSite {
  id: string;
  identifier: string;
}

export function findingsAtAGlance(findings: readonly GlanceFinding[], sites: readonly GlanceSite[]) {
  const count = (predicate: (f: GlanceFinding) => boolean) => findings.filter(predicate).length;
  const byGrade: GlanceBar[] = CLASSIFICATION_ORDER.map((classification) => {
    const sample = findings.find((f) => f.classification === classification);
    return {
      label: sample ? gradeLabel(sample.discipline, classification) : classification,
      count: count((f) => f.classification === classification),
      filter: `grade=${classification}`,
      tone:
        classification === 'critical'
          ? ('critical' as const)
          : classification === 'major'
            ? ('major' as const)
            : ('other' as const),
    };
  }).filter((bar) => bar.count > 0);
  const disciplines = [...new Set(findings.map((f) => f.discipline))].sort();
  const byDiscipline: GlanceBar[] = disciplines.map((discipline) => ({
    label: discipline,
    count: count((f) => f.discipline === discipline),
    filter: `discipline=${discipline}`,
    tone: 'neutral',
  }));
  const bySite: GlanceBar[] = [
    ...sites.map((site) => ({
      label: site.identifier,
      count: count((f) => f.siteId === site.id),
      filter: `site=${encodeURIComponent(site.identifier)}`,
      tone: 'neutral' as const,
    })),
    {
      label: 'Whole network',
      count: count((f) => f.siteId === null),
      filter: `site=${NETWORK_SITE_QUERY}`,
      tone: 'neutral' as const,
    },
  ].filter((bar) => bar.count > 0);
  return { total: findings.length, byGrade, byDiscipline, bySite };
}
