/**
 * GET /library and GET /library/:itemId: the agency's published checklist templates and citation
 * libraries. Open to every signed-in user (library content is not inspection data).
 */
import type { FastifyInstance } from 'fastify';
import { LibraryItemParamsSchema } from '../../../shared/sync/endpoints';
import { LibraryItemSchema, type LibraryItem, type LibraryItemSummary } from '../../../shared/sync/protocol';
import { callerOf } from '../auth/caller';
import type { GatewayContext } from '../context';
import { notFound } from '../httpErrors';
import { parseRequestPart } from '../validation';

interface LibraryRow {
  id: string;
  kind: LibraryItemSummary['kind'];
  item_key: string;
  version: number;
  content_hash: string;
  title: string;
  published_at: Date;
}

const summaryOf = (row: LibraryRow): LibraryItemSummary => ({
  id: row.id,
  kind: row.kind,
  key: row.item_key,
  version: row.version,
  contentHash: row.content_hash,
  title: row.title,
  publishedAt: row.published_at.toISOString(),
});

export function registerLibraryRoutes(api: FastifyInstance, context: GatewayContext): void {
  api.get('/library', async (request) => {
    callerOf(request);
    const rows = await context.sql.query<LibraryRow>(
      'SELECT id, kind, item_key, version, content_hash, title, published_at FROM library_items ORDER BY kind, item_key, version',
    );
    return { items: rows.map(summaryOf) };
  });

  api.get('/library/:itemId', async (request): Promise<LibraryItem> => {
    callerOf(request);
    const { itemId } = parseRequestPart(LibraryItemParamsSchema, request.params, 'params');
    const [row] = await context.sql.query<LibraryRow & { content: string }>(
      'SELECT id, kind, item_key, version, content_hash, title, published_at, content FROM library_items WHERE id = $1',
      [itemId],
    );
    if (!row) throw notFound('There is no such library item.');
    return LibraryItemSchema.parse({ ...summaryOf(row), content: JSON.parse(row.content) as unknown });
  });
}
