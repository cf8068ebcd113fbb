/**
 * The citation library format: regulatory references an inspector attaches to a finding, each with
 * a short paraphrase and a few standard deficiency wordings to start from, in the manner of the FDA
 * Turbo EIR citation library (DOMAIN.md 7.1). Paraphrases are our own words, never the source text.
 * Caps on every string and list keep a hostile import small. A library is published as a whole under
 * an integer `libraryVersion`, which is immutable once published (publicationRules.ts).
 */
import { z } from 'zod';
import { DisciplineSchema } from '../../domain/disciplines';
import { IsoDate } from '../../domain/primitives';
import { checkExternalLink } from '../../security/externalLinks';
import { filledText } from '../filledText';

export const MAX_CITATIONS = 2_000;

/** Links in citations go to primary sources only (a subset of the app's allowed external sites). */
export const CITATION_URL_DOMAINS: readonly string[] = ['gov.uk', 'legislation.gov.uk', 'europa.eu', 'ich.org'];

export const CitationIdSchema = z
  .string()
  .max(64)
  .regex(/^[A-Z0-9]+(?:[.-][A-Z0-9]+)*$/, 'use capital letters, digits, dots and hyphens, e.g. EU-GMP-CH1')
  .describe('Stable identifier, e.g. EU-GMP-CH1, EU-GMP-ANNEX1, HMR-2012-REG17A, GVP-IX.');

export const CitationSchema = z
  .object({
    citationId: CitationIdSchema,
    source: filledText(200).describe('The document, e.g. "EU GMP Part I" or "Human Medicines Regulations 2012".'),
    section: filledText(200).describe('Chapter, annex, regulation or paragraph within the source.'),
    title: filledText(300),
    paraphrase: filledText(2_000).describe('What the provision expects, in our own words.'),
    standardWordings: z
      .array(filledText(1_000))
      .min(2, 'give at least two standard wordings')
      .max(4, 'give at most four standard wordings')
      .describe('Deficiency wordings an inspector can start from, with placeholders such as [site identifier].'),
    disciplines: z
      .array(DisciplineSchema)
      .min(1, 'name at least one discipline')
      .max(3)
      .refine((list) => new Set(list).size === list.length, 'list each discipline once'),
    url: z
      .string()
      .max(500)
      .refine((url) => checkExternalLink(url, CITATION_URL_DOMAINS).allowed, {
        message: 'must be an https link to gov.uk, legislation.gov.uk, europa.eu or ich.org',
      })
      .meta({ format: 'uri', pattern: '^https://' })
      .optional(),
    verify: z
      .boolean()
      .optional()
      .describe('True where the section number or content has not been confirmed in the primary source.'),
  })
  .strict();
export type Citation = z.infer<typeof CitationSchema>;

export const CitationLibrarySchema = z
  .object({
    libraryVersion: z.number().int().min(1).max(1_000_000),
    publishedAt: IsoDate,
    citations: z.array(CitationSchema).min(1, 'add at least one citation').max(MAX_CITATIONS),
  })
  .strict()
  .superRefine((library, ctx) => {
    const seen = new Map<string, number>();
    library.citations.forEach((citation, index) => {
      const first = seen.get(citation.citationId);
      if (first === undefined) {
        seen.set(citation.citationId, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: ['citations', index, 'citationId'],
        message: `citation id ${citation.citationId} is already used by citations[${first}]`,
      });
    });
  })
  .meta({
    title: 'Citation library',
    description: 'A versioned library of regulatory citations and standard deficiency wordings (Inspection Workbench).',
  });
export type CitationLibrary = z.infer<typeof CitationLibrarySchema>;
