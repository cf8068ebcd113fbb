/**
 * The committed JSON Schema files must match what the zod schemas generate. To regenerate after
 * changing a schema:
 *
 *   UPDATE_SCHEMAS=1 npx vitest run test/unit/content/jsonSchema.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { CONTENT_JSON_SCHEMAS } from '@shared/content/contentJsonSchemas';

const ROOT = resolve(import.meta.dirname, '../../..');
const REGENERATE = 'UPDATE_SCHEMAS=1 npx vitest run test/unit/content/jsonSchema.test.ts';

async function formatted(document: Record<string, unknown>, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(document), { ...options, parser: 'json', filepath: file });
}

describe('published JSON Schema files', () => {
  for (const { file, build } of CONTENT_JSON_SCHEMAS) {
    it(`${file} is in step with the zod schema`, async () => {
      const path = resolve(ROOT, file);
      const generated = build();
      if (process.env.UPDATE_SCHEMAS === '1') {
        writeFileSync(path, await formatted(generated, path));
      }
      let committed: unknown;
      try {
        committed = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        committed = undefined;
      }
      expect(committed, `${file} is out of date or missing; regenerate it with: ${REGENERATE}`).toEqual(generated);
      expect(generated.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    });
  }
});
