/**
 * Imported content kept on the device: checklist templates and citation libraries that did not ship
 * with the app. They are written through the change log like everything else, so who imported which
 * version, and when, is in the audit trail; published content is never updated, only added.
 */
import { z } from 'zod';
import { CitationLibrarySchema } from '../content/citations/citationSchema';
import { ChecklistTemplateSchema } from '../content/checklists/templateSchema';
import { Id, Sha256Hex } from './primitives';

export const ChecklistTemplateRecordSchema = z
  .object({
    id: Id,
    templateId: z.string().max(64),
    version: z.number().int().min(1),
    contentHash: Sha256Hex,
    template: ChecklistTemplateSchema,
  })
  .strict()
  .refine((r) => r.template.templateId === r.templateId && r.template.version === r.version, {
    message: 'the record does not match the template it holds',
  });
export type ChecklistTemplateRecord = z.infer<typeof ChecklistTemplateRecordSchema>;

export const CitationLibraryRecordSchema = z
  .object({
    id: Id,
    libraryVersion: z.number().int().min(1),
    contentHash: Sha256Hex,
    library: CitationLibrarySchema,
  })
  .strict();
export type CitationLibraryRecord = z.infer<typeof CitationLibraryRecordSchema>;
