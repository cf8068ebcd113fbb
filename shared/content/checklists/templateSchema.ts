/**
 * The checklist template format: an aide-memoire of items, grouped into sections, each item with the
 * references it rests on. Templates are versioned content (DOMAIN.md 6.4 item 10): an inspection
 * pins the (templateId, version) it started with, and a published version never changes
 * (templateVersions.ts). Caps on every string and list keep a hostile import small; the file-level
 * size cap sits in importTemplate.ts.
 */
import { z } from 'zod';
import { DisciplineSchema } from '../../domain/disciplines';
import { IsoDate } from '../../domain/primitives';
import { CitationIdSchema } from '../citations/citationSchema';
import { filledText } from '../filledText';

export const MAX_SECTIONS = 50;
export const MAX_ITEMS_PER_SECTION = 200;
export const MAX_ITEMS = 1_000;
export const MAX_REFERENCES_PER_ITEM = 20;

export const TemplateIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. dm-gmp');

export const SectionIdSchema = z
  .string()
  .max(64)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens, e.g. release-and-certification',
  );

export const ItemIdSchema = z
  .string()
  .max(32)
  .regex(
    /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/,
    'use letters and digits, optionally joined by dots or hyphens, e.g. G1',
  );

export const TemplateReferenceSchema = z
  .object({
    citationId: CitationIdSchema.optional().describe('Entry in the citation library, where there is one.'),
    text: filledText(500).describe('The reference as shown to the inspector, e.g. "EU GMP Ch1 1.4".'),
  })
  .strict();
export type TemplateReference = z.infer<typeof TemplateReferenceSchema>;

export const ChecklistItemSchema = z
  .object({
    itemId: ItemIdSchema.describe('Unique within the template, e.g. G1.'),
    text: filledText(2_000).describe('What should be in place, in our own words.'),
    guidance: filledText(4_000).optional().describe('What to look at to judge the item.'),
    references: z
      .array(TemplateReferenceSchema)
      .min(1, 'add at least one reference')
      .max(MAX_REFERENCES_PER_ITEM, `give at most ${MAX_REFERENCES_PER_ITEM} references`),
    dmSpecific: z.boolean().describe('True where the item exists because of decentralised manufacture.'),
    verify: z
      .boolean()
      .optional()
      .describe('True where the reference or content has not been confirmed in the primary source.'),
  })
  .strict();
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSectionSchema = z
  .object({
    sectionId: SectionIdSchema,
    title: filledText(200),
    description: filledText(2_000).optional(),
    items: z
      .array(ChecklistItemSchema)
      .min(1, 'add at least one item')
      .max(MAX_ITEMS_PER_SECTION, `a section may have at most ${MAX_ITEMS_PER_SECTION} items`),
  })
  .strict();
export type ChecklistSection = z.infer<typeof ChecklistSectionSchema>;

export const ChecklistTemplateSchema = z
  .object({
    templateId: TemplateIdSchema,
    version: z.number().int().min(1).max(1_000_000),
    title: filledText(200),
    discipline: DisciplineSchema,
    description: filledText(4_000),
    status: z.literal('published'),
    publishedAt: IsoDate,
    source: filledText(2_000).describe('What the template is built from.'),
    sections: z
      .array(ChecklistSectionSchema)
      .min(1, 'add at least one section')
      .max(MAX_SECTIONS, `a template may have at most ${MAX_SECTIONS} sections`),
  })
  .strict()
  .superRefine((template, ctx) => {
    const sections = new Map<string, number>();
    const items = new Map<string, string>();
    let itemCount = 0;
    template.sections.forEach((section, sectionIndex) => {
      const firstSection = sections.get(section.sectionId);
      if (firstSection === undefined) sections.set(section.sectionId, sectionIndex);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', sectionIndex, 'sectionId'],
          message: `section id ${section.sectionId} is already used by sections[${firstSection}]`,
        });
      }
      section.items.forEach((item, itemIndex) => {
        itemCount += 1;
        const where = `sections[${sectionIndex}].items[${itemIndex}]`;
        const firstItem = items.get(item.itemId);
        if (firstItem === undefined) items.set(item.itemId, where);
        else {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', sectionIndex, 'items', itemIndex, 'itemId'],
            message: `item id ${item.itemId} is already used by ${firstItem}`,
          });
        }
      });
    });
    if (itemCount > MAX_ITEMS) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `a template may have at most ${MAX_ITEMS} items in all; this one has ${itemCount}`,
      });
    }
  })
  .meta({
    title: 'Checklist template',
    description: 'A published, versioned inspection checklist (aide-memoire) for the Inspection Workbench.',
  });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

/** What an inspection records to pin a template: the exact version it started with. */
export interface TemplatePin {
  templateId: string;
  version: number;
}
