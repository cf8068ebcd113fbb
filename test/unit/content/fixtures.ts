/** Small valid content documents, built in code, for the import and version tests to break. */
import type { ChecklistTemplate } from '@shared/content/checklists/templateSchema';
import type { CitationLibrary } from '@shared/content/citations/citationSchema';

export function sampleTemplate(overrides: Partial<ChecklistTemplate> = {}): ChecklistTemplate {
  return {
    templateId: 'sample-gmp',
    version: 1,
    title: 'Sample GMP checklist',
    discipline: 'GMP',
    description: 'A small template for tests.',
    status: 'published',
    publishedAt: '2026-01-15',
    source: 'Written for the test suite.',
    sections: [
      {
        sectionId: 'quality-system',
        title: 'Quality system',
        items: [
          {
            itemId: 'Q1',
            text: 'Deviations are investigated.',
            references: [{ citationId: 'EU-GMP-CH1', text: 'EU GMP Ch1' }],
            dmSpecific: false,
          },
          {
            itemId: 'Q2',
            text: 'Changes are controlled.',
            guidance: 'Sample change controls.',
            references: [{ text: 'EU GMP Ch1 1.4' }],
            dmSpecific: false,
            verify: true,
          },
        ],
      },
      {
        sectionId: 'personnel',
        title: 'Personnel',
        description: 'People and training.',
        items: [{ itemId: 'P1', text: 'Staff are trained.', references: [{ text: 'EU GMP Ch2' }], dmSpecific: true }],
      },
    ],
    ...overrides,
  };
}

export function sampleCitationLibrary(overrides: Partial<CitationLibrary> = {}): CitationLibrary {
  return {
    libraryVersion: 1,
    publishedAt: '2026-01-15',
    citations: [
      {
        citationId: 'EU-GMP-CH9',
        source: 'EU GMP Part I',
        section: 'Chapter 9',
        title: 'Self inspection',
        paraphrase: 'Self-inspections happen at planned intervals and are recorded.',
        standardWordings: [
          'The self-inspection programme did not cover [area].',
          'Self-inspection [reference] had no follow-up.',
        ],
        disciplines: ['GMP'],
        url: 'https://health.ec.europa.eu/medicinal-products/eudralex/eudralex-volume-4_en',
      },
      {
        citationId: 'GVP-I',
        source: 'GVP',
        section: 'Module I',
        title: 'Pharmacovigilance systems',
        paraphrase: 'The QPPV oversees the pharmacovigilance system.',
        standardWordings: ['The QPPV did not have oversight of [process].', 'There was no procedure for [process].'],
        disciplines: ['PV'],
      },
    ],
    ...overrides,
  };
}

/** A deep copy that tests may mutate freely. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
