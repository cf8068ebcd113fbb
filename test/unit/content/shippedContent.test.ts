/**
 * The content shipped with the app: every template and the citation library validate, every DM item
 * of DOMAIN.md 5.2 is present exactly once, and every citation a template points at exists.
 */
import { describe, expect, it } from 'vitest';
import { parseTemplateFile, serialiseTemplate } from '@shared/content/checklists/importTemplate';
import { findTemplate, latestVersion, SHIPPED_TEMPLATES } from '@shared/content/checklists/library';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '@shared/content/checklists/templateSchema';
import { contentHash } from '@shared/content/checklists/templateVersions';
import {
  CITATION_LIBRARY,
  citationById,
  parseCitationLibraryFile,
  serialiseCitationLibrary,
} from '@shared/content/citations/citationLibrary';
import { CitationLibrarySchema } from '@shared/content/citations/citationSchema';

function itemIds(template: ChecklistTemplate): string[] {
  return template.sections.flatMap((section) => section.items.map((item) => item.itemId));
}

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
}

function shipped(templateId: string): ChecklistTemplate {
  const template = findTemplate(templateId, 1);
  if (!template) throw new Error(`${templateId} v1 is not shipped`);
  return template;
}

describe('shipped checklist templates', () => {
  it('ships dm-gmp, dm-gcp, dm-pv and eu-gmp-part1 at version 1, each valid', () => {
    expect(SHIPPED_TEMPLATES.map((t) => `${t.templateId}@${t.version}`).sort()).toEqual([
      'dm-gcp@1',
      'dm-gmp@1',
      'dm-pv@1',
      'eu-gmp-part1@1',
    ]);
    for (const template of SHIPPED_TEMPLATES) {
      expect(ChecklistTemplateSchema.safeParse(template).success).toBe(true);
      expect(latestVersion(template.templateId)).toBe(1);
    }
  });

  it.each([
    ['dm-gmp', 'G', 28, 'GMP'],
    ['dm-gcp', 'C', 21, 'GCP'],
    ['dm-pv', 'P', 19, 'PV'],
  ] as const)('%s holds every DOMAIN.md 5.2 item %s1–%s%i exactly once', (templateId, prefix, count, discipline) => {
    const template = shipped(templateId);
    expect(template.discipline).toBe(discipline);
    expect([...itemIds(template)].sort()).toEqual(range(prefix, count).sort());
  });

  it('keeps the [VERIFY] flags of DOMAIN.md 5.2 as verify: true', () => {
    const flagged = SHIPPED_TEMPLATES.filter((t) => t.templateId.startsWith('dm-'))
      .flatMap((t) => t.sections.flatMap((s) => s.items))
      .filter((item) => item.verify === true)
      .map((item) => item.itemId)
      .sort();
    expect(flagged).toEqual(['C21', 'G17', 'G18', 'G19', 'P10', 'P14', 'P6']);
  });

  it('eu-gmp-part1 has one section per Part I chapter with 5–8 items each', () => {
    const template = shipped('eu-gmp-part1');
    expect(template.sections.map((s) => s.title)).toEqual([
      '1 Pharmaceutical Quality System',
      '2 Personnel',
      '3 Premises and Equipment',
      '4 Documentation',
      '5 Production',
      '6 Quality Control',
      '7 Outsourced Activities',
      '8 Complaints, Quality Defects and Product Recalls',
      '9 Self Inspection',
    ]);
    for (const section of template.sections) {
      expect(section.items.length).toBeGreaterThanOrEqual(5);
      expect(section.items.length).toBeLessThanOrEqual(8);
    }
  });

  it('every reference with a citation id resolves in the citation library', () => {
    const unresolved = SHIPPED_TEMPLATES.flatMap((template) =>
      template.sections.flatMap((section) =>
        section.items.flatMap((item) =>
          item.references
            .filter((reference) => reference.citationId !== undefined && !citationById(reference.citationId))
            .map((reference) => `${template.templateId} ${item.itemId}: ${reference.citationId ?? ''}`),
        ),
      ),
    );
    expect(unresolved).toEqual([]);
  });

  it('round-trips through export and import without changing its content hash', () => {
    for (const template of SHIPPED_TEMPLATES) {
      const result = parseTemplateFile(serialiseTemplate(template));
      expect(result.ok).toBe(true);
      if (result.ok) expect(contentHash(result.template)).toBe(contentHash(template));
    }
  });

  it('is frozen, because published content is immutable', () => {
    const template = shipped('dm-gmp');
    expect(Object.isFrozen(template)).toBe(true);
    expect(Reflect.set(template, 'title', 'Changed')).toBe(false);
    const firstItem = template.sections[0]?.items[0];
    expect(firstItem && Object.isFrozen(firstItem.references)).toBe(true);
  });
});

describe('shipped citation library', () => {
  it('validates, has unique ids and between 60 and 90 citations', () => {
    expect(CitationLibrarySchema.safeParse(CITATION_LIBRARY).success).toBe(true);
    const ids = CITATION_LIBRARY.citations.map((c) => c.citationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(ids.length).toBeLessThanOrEqual(90);
  });

  it('covers the sources named in the brief', () => {
    for (const id of [
      'EU-GMP-CH1',
      'EU-GMP-CH9',
      'EU-GMP-ANNEX1',
      'PICS-GMP-ANNEX2A',
      'EU-GMP-ANNEX11',
      'EU-GMP-ANNEX13',
      'EU-GMP-ANNEX15',
      'EU-GMP-ANNEX16',
      'EU-GMP-ANNEX17',
      'EU-GMP-ANNEX19',
      'HMR-2012-REG17A',
      'HMR-2012-REG170B',
      'HMR-2012-REG257CA',
      'HMR-2012-SCH3-1A-1B',
      'SI-2025-87',
      'MHRA-DM-GMP',
      'MHRA-DM-DMMF',
      'MHRA-DM-GVP',
      'MHRA-DI-2018-6.13',
      'MHRA-DI-2018-6.14',
      'MHRA-DI-2018-6.16',
      'ICH-E6R3-PRINCIPLES',
      'ICH-E6R3-ANNEX1-S1',
      'ICH-E6R3-ANNEX1-S4',
      'ICH-E6R3-APPX-C',
      'CT-REGS-2004-REG29A',
      'CT-REGS-2004-REG45',
      'CT-REGS-2004-SCH6',
      'CT-REGS-2004-SCH7',
      'GVP-I',
      'GVP-II',
      'GVP-III',
      'GVP-V',
      'GVP-VI',
      'GVP-VII',
      'GVP-IX',
      'GVP-X',
      'GVP-XVI',
      'GVP-PII',
    ]) {
      expect(citationById(id), id).toBeDefined();
    }
  });

  it('gives every citation 2–4 standard wordings with at least one placeholder', () => {
    for (const citation of CITATION_LIBRARY.citations) {
      expect(citation.standardWordings.length).toBeGreaterThanOrEqual(2);
      expect(
        citation.standardWordings.some((wording) => /\[[^\]]+\]/.test(wording)),
        citation.citationId,
      ).toBe(true);
    }
  });

  it('round-trips through export and import', () => {
    const result = parseCitationLibraryFile(serialiseCitationLibrary(CITATION_LIBRARY));
    expect(result.ok && result.library).toEqual(CITATION_LIBRARY);
  });
});
