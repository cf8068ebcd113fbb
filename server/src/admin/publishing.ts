/**
 * Publishing library content and context packs into the gateway. Published versions are immutable:
 * publishing the same kind, key and version again with different content is refused, with the same
 * content it is a no-op.
 */
import { randomUUID } from 'node:crypto';
import { sha256OfCanonicalJson } from '../../../shared/content/contentHash';
import type { ChecklistTemplate } from '../../../shared/content/checklists/templateSchema';
import type { CitationLibrary } from '../../../shared/content/citations/citationSchema';
import { canonicalJson } from '../../../shared/changes/canonicalJson';
import { ContextPackContentSchema, type ContextPackContent } from '../../../shared/sync/protocol';
import type { Sql } from '../db/database';

export type LibraryPublication =
  | { kind: 'checklistTemplate'; content: ChecklistTemplate }
  | { kind: 'citationLibrary'; content: CitationLibrary };

export async function publishLibraryItem(sql: Sql, item: LibraryPublication): Promise<'published' | 'unchanged'> {
  const key = item.kind === 'checklistTemplate' ? item.content.templateId : 'citations';
  const version = item.kind === 'checklistTemplate' ? item.content.version : item.content.libraryVersion;
  const title = item.kind === 'checklistTemplate' ? item.content.title : `Citation library v${version}`;
  const hash = sha256OfCanonicalJson(item.content);
  const [existing] = await sql.query<{ content_hash: string }>(
    'SELECT content_hash FROM library_items WHERE kind = $1 AND item_key = $2 AND version = $3',
    [item.kind, key, version],
  );
  if (existing) {
    if (existing.content_hash === hash) return 'unchanged';
    throw new Error(`${item.kind} ${key} version ${version} is already published with different content.`);
  }
  await sql.query(
    `INSERT INTO library_items (id, kind, item_key, version, content_hash, title, content)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [randomUUID(), item.kind, key, version, hash, title, canonicalJson(item.content)],
  );
  return 'published';
}

/** Publishes the next version of an inspection's context pack. */
export async function publishContextPack(sql: Sql, inspectionId: string, content: ContextPackContent): Promise<number> {
  const valid = ContextPackContentSchema.parse(content);
  return sql.transaction(async (tx) => {
    const [current] = await tx.query<{ version: number }>(
      'SELECT version FROM context_packs WHERE inspection_id = $1 FOR UPDATE',
      [inspectionId],
    );
    const version = (current?.version ?? 0) + 1;
    await tx.query(
      `INSERT INTO context_packs (inspection_id, version, content_hash, content, published_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (inspection_id) DO UPDATE SET version = EXCLUDED.version, content_hash = EXCLUDED.content_hash,
         content = EXCLUDED.content, published_at = EXCLUDED.published_at`,
      [inspectionId, version, sha256OfCanonicalJson(valid), canonicalJson(valid)],
    );
    return version;
  });
}
