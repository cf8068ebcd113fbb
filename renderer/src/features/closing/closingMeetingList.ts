/**
 * The provisional findings for the closing meeting (DOMAIN.md 2.3 step 4): every finding not deleted,
 * grouped by grade with the most serious first, numbered within each discipline's scheme. One list
 * feeds the printable screen and the PDF handed over, so both say the same thing.
 */
import { CLASSIFICATION_ORDER, gradeLabel, type Classification } from '@shared/domain/classificationSchemes';
import type { Finding } from '@shared/domain/finding';
import type { Site } from '@shared/domain/network';

export interface ClosingItem {
  reference: string;
  title: string;
  site: string;
  statement: string;
  references: string[];
}

export interface ClosingGroup {
  classification: Classification;
  label: string;
  items: ClosingItem[];
}

export function closingMeetingList(
  findings: readonly Finding[],
  sites: readonly Pick<Site, 'id' | 'identifier' | 'name'>[],
): ClosingGroup[] {
  const siteText = new Map(sites.map((s) => [s.id, `${s.identifier} ${s.name}`]));
  return CLASSIFICATION_ORDER.map((classification) => {
    const graded = findings
      .filter((f) => f.classification === classification)
      .sort(
        (a, b) =>
          a.discipline.localeCompare(b.discipline) ||
          a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }),
      );
    return {
      classification,
      label: graded[0] ? gradeLabel(graded[0].discipline, classification) : classification,
      items: graded.map((f) => ({
        reference: f.reference,
        title: f.title,
        site: f.siteId ? (siteText.get(f.siteId) ?? '') : 'Whole network',
        statement: f.statement,
        references: f.references,
      })),
    };
  }).filter((group) => group.items.length > 0);
}
