/**
 * The published JSON Schema documents (draft 2020-12) for the content file formats, generated from
 * the zod schemas so there is one definition of each format. They let agency staff author and check
 * templates in ordinary editors. Cross-field rules (unique ids, item totals, allowed link hosts) live
 * only in zod, so a file can pass the JSON Schema and still be refused on import with a reason.
 * test/unit/content/jsonSchema.test.ts keeps the committed files in step with these.
 */
import { z } from 'zod';
import { ChecklistTemplateSchema } from './checklists/templateSchema';
import { CitationLibrarySchema } from './citations/citationSchema';

export interface ContentJsonSchema {
  /** Path of the committed file, relative to the repository root. */
  file: string;
  build: () => Record<string, unknown>;
}

function toDocument(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
}

export const CONTENT_JSON_SCHEMAS: readonly ContentJsonSchema[] = [
  {
    file: 'shared/content/checklists/checklist-template.schema.json',
    build: () => toDocument(ChecklistTemplateSchema),
  },
  { file: 'shared/content/citations/citation-library.schema.json', build: () => toDocument(CitationLibrarySchema) },
];
