/**
 * The GMP chapter headings of the EU Community format's findings section (DOMAIN.md 4.1 item 10),
 * and which heading a finding belongs under, read from its references: "EU GMP Ch2 2.10",
 * "EU GMP C5.21" (the MHRA letter style "EU GMP CX.x"), "EU-GMP-CH4-RECORDS" (a citation id) or
 * "EU GMP Part I, Chapter 6". Annexes, Part IV (ATMP) chapters and legislation have no Part I
 * chapter, so such findings go under "Other GMP matters"; GDP references go under distribution.
 */
import type { Finding } from '../domain/finding';

export interface GmpHeading {
  key: string;
  title: string;
}

export const GMP_HEADINGS: readonly GmpHeading[] = [
  { key: 'ch1', title: 'Pharmaceutical quality system (Chapter 1)' },
  { key: 'ch2', title: 'Personnel (Chapter 2)' },
  { key: 'ch3', title: 'Premises and equipment (Chapter 3)' },
  { key: 'ch4', title: 'Documentation (Chapter 4)' },
  { key: 'ch5', title: 'Production (Chapter 5)' },
  { key: 'ch6', title: 'Quality control (Chapter 6)' },
  { key: 'ch7', title: 'Outsourced activities (Chapter 7)' },
  { key: 'ch8', title: 'Complaints and product recall (Chapter 8)' },
  { key: 'ch9', title: 'Self-inspection (Chapter 9)' },
  { key: 'distribution', title: 'Distribution and shipment' },
  { key: 'other', title: 'Other GMP matters (annexes, legislation, DM guidance)' },
];

const CHAPTER_PATTERN = /(?:^|[^a-z])(?:chapter|ch|c)\s*[-.]?\s*([1-9])(?![0-9])/i;

/** The heading one reference points at, or null when it names no Part I chapter. */
export function headingOfReference(reference: string): string | null {
  const text = reference.trim();
  if (!/gmp/i.test(text)) return /\bgdp\b/i.test(text) ? 'distribution' : null;
  if (/annex|part\s*(?:iv|4)|atmp/i.test(text)) return null;
  const match = CHAPTER_PATTERN.exec(text.replace(/gmp/gi, ' '));
  return match ? `ch${match[1] ?? ''}` : null;
}

/** The heading a finding goes under: that of its first reference that names a chapter. */
export function headingOfFinding(finding: Pick<Finding, 'references'>, describe: (ref: string) => string): string {
  for (const reference of finding.references) {
    const heading = headingOfReference(reference) ?? headingOfReference(describe(reference));
    if (heading) return heading;
  }
  return 'other';
}
