/**
 * Importing a checklist template file: hostile or broken files are refused with messages that say
 * where the problem is and what to do about it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  serialiseTemplate,
} from '@shared/content/checklists/importTemplate';
import { locateJsonSyntaxError } from '@shared/content/import/jsonSyntaxError';
import { copy, sampleTemplate } from './fixtures';

function errorsOf(text: string): string[] {
  const result = parseTemplateFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

describe('parseTemplateFile', () => {
  it('accepts a valid template, with or without a byte order mark', () => {
    const text = serialiseTemplate(sampleTemplate());
    expect(parseTemplateFile(text)).toEqual({ ok: true, template: sampleTemplate() });
    expect(parseTemplateFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('asks for a reference where an item has none', () => {
    const template = copy(sampleTemplate());
    const item = template.sections[1]?.items[0];
    if (!item) throw new Error('fixture changed');
    item.references = [];
    expect(errorsOf(json(template))).toEqual(['sections[1].items[0].references: add at least one reference']);
  });

  it('asks for an item where a section has none', () => {
    const template = copy(sampleTemplate());
    const section = template.sections[1];
    if (!section) throw new Error('fixture changed');
    section.items = [];
    expect(errorsOf(json(template))).toEqual(['sections[1].items: add at least one item']);
  });

  it('refuses duplicate item ids and section ids, naming the first use', () => {
    const template = copy(sampleTemplate());
    const [first, second] = template.sections;
    if (!first || !second || !second.items[0]) throw new Error('fixture changed');
    second.items[0].itemId = 'Q1';
    second.sectionId = first.sectionId;
    expect(errorsOf(json(template))).toEqual([
      'sections[1].sectionId: section id quality-system is already used by sections[0]',
      'sections[1].items[0].itemId: item id Q1 is already used by sections[0].items[0]',
    ]);
  });

  it('explains wrong types, missing fields, bad values and unknown fields', () => {
    const broken = {
      ...sampleTemplate(),
      version: '1',
      discipline: 'GDP',
      status: 'draft',
      publishedAt: '15/01/2026',
      extra: true,
    } as Record<string, unknown>;
    delete broken.title;
    expect(errorsOf(json(broken)).sort()).toEqual(
      [
        'version: must be a number, not text',
        'title: is required',
        'discipline: must be one of "GMP", "GCP", "PV"',
        'status: must be "published"',
        'publishedAt: must be a date written as YYYY-MM-DD',
        'top level: remove the unknown field "extra"',
      ].sort(),
    );
  });

  it('refuses blank text, bad ids and over-long text', () => {
    const template = copy(sampleTemplate());
    const item = template.sections[0]?.items[0];
    if (!item) throw new Error('fixture changed');
    item.text = '   ';
    item.itemId = 'G 1';
    template.templateId = 'DM_GMP';
    template.title = 'x'.repeat(201);
    expect(errorsOf(json(template)).sort()).toEqual(
      [
        'templateId: use lower-case letters, digits and single hyphens, e.g. dm-gmp',
        'title: must be at most 200 characters',
        'sections[0].items[0].itemId: use letters and digits, optionally joined by dots or hyphens, e.g. G1',
        'sections[0].items[0].text: must not be empty',
      ].sort(),
    );
  });

  it('refuses a file that is not an object', () => {
    expect(errorsOf('[1, 2]')).toEqual(['top level: must be an object, not a list']);
  });

  it('refuses a file larger than 2 MB before parsing it', () => {
    const huge = `{"padding": "${'a'.repeat(MAX_TEMPLATE_FILE_BYTES)}"}`;
    expect(errorsOf(huge)).toEqual(['The checklist template file is larger than the limit of 2.0 MB.']);
    // Multi-byte characters count as the bytes they take, not as characters.
    const wide = `{"padding": "${'é'.repeat(MAX_TEMPLATE_FILE_BYTES / 2)}"}`;
    expect(errorsOf(wide)).toEqual(['The checklist template file is 2.0 MB; the limit is 2.0 MB.']);
  });

  it('reports JSON syntax errors with a line and column', () => {
    expect(errorsOf('{\n  "templateId": "dm-gmp",\n  "version": 1,\n}')).toEqual([
      "The checklist template file is not valid JSON: unexpected '}' after a comma (remove the trailing comma) (line 4, column 1).",
    ]);
    expect(errorsOf('{\n  "title": "unterminated\n}')).toEqual([
      'The checklist template file is not valid JSON: a line break is not allowed inside a string; write it as an escape (line 2, column 25).',
    ]);
    expect(errorsOf("{ 'title': 1 }")).toEqual([
      "The checklist template file is not valid JSON: expected a property name in double quotes, found ''' (line 1, column 3).",
    ]);
    expect(errorsOf('   ')).toEqual(['The checklist template file is empty.']);
  });

  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    const text = serialiseTemplate(sampleTemplate()).replace(
      '"itemId": "Q1",',
      '"itemId": "Q1", "__proto__": {"polluted": true},',
    );
    expect(errorsOf(text)).toEqual(['sections[0].items[0]: the key "__proto__" is not allowed']);
    expect(errorsOf('{"constructor": {"prototype": {}}}')).toEqual(['top level: the key "constructor" is not allowed']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurdly deep nesting without exhausting the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const errors = errorsOf(deep);
    expect(errors[0]).toMatch(/nested more than 16 levels deep/);
  });
});

describe('serialiseTemplate', () => {
  it('is stable: key order in the input does not change the output', () => {
    const template = sampleTemplate();
    const shuffled = Object.fromEntries(Object.entries(template).reverse()) as typeof template;
    expect(serialiseTemplate(shuffled)).toBe(serialiseTemplate(template));
    expect(serialiseTemplate(template).startsWith('{\n  "templateId": "sample-gmp",\n  "version": 1,')).toBe(true);
    expect(serialiseTemplate(template).endsWith('}\n')).toBe(true);
  });
});

describe('locateJsonSyntaxError', () => {
  it('finds no error in any valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse about which texts are invalid', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        'a',
        '1',
        '0',
        '-',
        '.',
        'e',
        ' ',
        '\n',
        'true',
        'null',
        '\\',
      ),
      maxLength: 20,
    });
    // Valid JSON with one character removed: mostly invalid, sometimes still valid.
    const damaged = fc
      .tuple(fc.json(), fc.nat())
      .map(([text, at]) =>
        text.length === 0 ? text : text.slice(0, at % text.length) + text.slice((at % text.length) + 1),
      );
    fc.assert(
      fc.property(fc.oneof(jsonish, damaged, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2_000 },
    );
  });
});
