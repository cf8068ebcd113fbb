/**
 * Context packs (what the agency knows before the visit: the sites' licence and certificate snapshot,
 * the previous inspection's deficiencies and their CAPA status) cached for use offline. The pack is
 * kept as a blob, so it is sealed by the storage codec like photo bytes (encrypted at rest); the meta
 * table only records which version and which blob, neither of them sensitive.
 */
import { ContextPackSchema, type Assignment, type ContextPack } from '@shared/sync/protocol';
import type { DataStore } from '../db/DataStore';
import { sha256Hex } from '../db/digest';
import type { GatewayClient } from './gatewayClient';

const packKey = (inspectionId: string) => `context-pack:${inspectionId}`;

interface CachedPack {
  version: number;
  sha256: string;
}

/** Fetches the packs that are new or newer than the cached ones. */
export async function refreshContextPacks(store: DataStore, client: GatewayClient, assignments: readonly Assignment[]): Promise<void> {
  for (const assignment of assignments) {
    if (!assignment.contextPack) continue;
    const cached = await store.getMeta<CachedPack>(packKey(assignment.inspectionId));
    if (cached && cached.version >= assignment.contextPack.version) continue;
    const pack = await client.contextPack(assignment.inspectionId);
    const bytes = new TextEncoder().encode(JSON.stringify(pack));
    const sha256 = await sha256Hex(bytes);
    await store.db.transaction('rw', [store.db.blobs, store.db.meta], async () => {
      if (!(await store.db.blobs.get(sha256))) await store.db.blobs.put(store.codec.encodeBlob(sha256, 'application/json', bytes));
      await store.db.meta.put({ key: packKey(assignment.inspectionId), value: { version: pack.version, sha256 } satisfies CachedPack });
    });
  }
}

/** The cached pack of an inspection, or null when none has been received. */
export async function cachedContextPack(store: DataStore, inspectionId: string): Promise<ContextPack | null> {
  const cached = await store.getMeta<CachedPack>(packKey(inspectionId));
  if (!cached) return null;
  const bytes = await store.blobBytes(cached.sha256);
  if (!bytes) return null;
  const parsed = ContextPackSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  return parsed.success ? parsed.data : null;
}
