/**
 * Reading and writing checklist template files. Import treats the file as hostile: size cap before
 * parsing, JSON syntax errors with a position, no prototype keys, then the strict zod schema with
 * messages that name where the problem is. Export writes stable, pretty JSON so that exporting the
 * same template twice gives the same bytes and diffs between versions stay readable.
 */
import { contentErrorMap, describeIssues } from '../import/describeIssues';
import { readJsonFile } from '../import/readJsonFile';
import { ChecklistTemplateSchema, type ChecklistTemplate } from './templateSchema';

export const MAX_TEMPLATE_FILE_BYTES = 2_000_000;
const MAX_TEMPLATE_DEPTH = 16;

export type TemplateFileResult = { ok: true; template: ChecklistTemplate } | { ok: false; errors: string[] };

export function parseTemplateFile(text: string): TemplateFileResult {
  const read = readJsonFile(text, {
    maxBytes: MAX_TEMPLATE_FILE_BYTES,
    maxDepth: MAX_TEMPLATE_DEPTH,
    what: 'checklist template file',
  });
  if (!read.ok) return read;
  return validateTemplate(read.value);
}

/** Validates already-parsed data (e.g. a template received from the agency gateway). */
export function validateTemplate(value: unknown): TemplateFileResult {
  const parsed = ChecklistTemplateSchema.safeParse(value, { error: contentErrorMap });
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues) };
  return { ok: true, template: parsed.data };
}

const TEMPLATE_KEY_ORDER = [
  'templateId',
  'version',
  'title',
  'discipline',
  'description',
  'status',
  'publishedAt',
  'source',
  'sections',
];
const SECTION_KEY_ORDER = ['sectionId', 'title', 'description', 'items'];
const ITEM_KEY_ORDER = ['itemId', 'text', 'guidance', 'references', 'dmSpecific', 'verify'];
const REFERENCE_KEY_ORDER = ['citationId', 'text'];

function ordered<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Pretty JSON in a fixed, human-friendly key order, with a final newline. */
export function serialiseTemplate(template: ChecklistTemplate): string {
  const shaped = {
    ...ordered(template, TEMPLATE_KEY_ORDER),
    sections: template.sections.map((section) => ({
      ...ordered(section, SECTION_KEY_ORDER),
      items: section.items.map((item) => ({
        ...ordered(item, ITEM_KEY_ORDER),
        references: item.references.map((reference) => ordered(reference, REFERENCE_KEY_ORDER)),
      })),
    })),
  };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
