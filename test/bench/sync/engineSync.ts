/**
 * The workbench's side of the sync benchmark: the real gateway (buildApp on a fresh, migrated database,
 * see gatewayDatabase.ts, with a fresh photo directory) on loopback, an author whose laptop records the dataset through the real commit path, and
 * a colleague on the same team. Push is the author's "Sync now" (photos up, changes up, and the pull
 * that follows in the same pass); pull is the colleague's first full sync (changes down, photos down).
 * Each run starts from nothing: a new gateway database and new IndexedDB databases.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '../../../shared/changes/change';
import { assignUser, createUser } from '../../../server/src/admin/accounts';
import { buildApp } from '../../../server/src/app';
import type { Sql } from '../../../server/src/db/database';
import { unsentChanges } from '../../../renderer/src/sync/pushOutbox';
import { aWorkbench, type Workbench } from '../../integration/server/support/workbenchClient';
import type { GatewayDatabases } from './gatewayDatabase';
import type { SyncDataset } from './syncDataset';
import {
  emptyLedger,
  ledgerFetch,
  measurePhase,
  probeServer,
  type HttpLedger,
  type PhaseFigures,
  type ServerProbe,
} from './wire';

/** Cheap Argon2, as the integration tests use: sign-in is not what is measured. */
const ARGON2 = { memoryKiB: 256, iterations: 1 } as const;

export interface EngineRun {
  seedMs: number;
  push: PhaseFigures;
  pull: PhaseFigures;
  /** The author's changes as the engine pushed them (oldest first), for the baselines to send. */
  changes: Change[];
}

async function syncedOrThrow(workbench: Workbench): Promise<void> {
  const status = await workbench.engine.syncNow();
  if (status.state !== 'idle' || status.message)
    throw new Error(`Sync did not finish cleanly: ${status.state} ${status.message ?? ''}`);
}

interface Gateway {
  url: string;
  probe: ServerProbe;
  sql: Sql;
  close(): Promise<void>;
}

/** Where the gateway keeps photo bytes (server/src/blobs/blobStore.ts). */
export type PhotoStore = 'directory' | 'database';

async function startGateway(databases: GatewayDatabases, photos: PhotoStore): Promise<Gateway> {
  const database = await databases.fresh();
  const sql = database.sql;
  const photoDirectory = photos === 'directory' ? await mkdtemp(join(tmpdir(), 'bench-gateway-photos-')) : null;
  const app = await buildApp({ sql, photoDirectory, settings: { argon2: ARGON2, rateLimit: false } });
  const probe = probeServer(app.server);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('The gateway has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    probe,
    sql,
    async close() {
      await app.close();
      await database.drop();
      if (photoDirectory) await rm(photoDirectory, { recursive: true, force: true });
    },
  };
}

/** A workbench signed in to the gateway as a new member of the dataset's inspection team. */
async function aMember(
  gateway: Gateway,
  dataset: SyncDataset,
  name: string,
  role: 'lead' | 'inspector',
): Promise<{ workbench: Workbench; ledger: HttpLedger }> {
  const username = `${name.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}`;
  const password = `a long bench password for ${name}`;
  await createUser(
    gateway.sql,
    {
      username,
      name,
      initials: name.slice(0, 2).toUpperCase(),
      role: role === 'lead' ? 'lead-inspector' : 'inspector',
      password,
    },
    ARGON2,
  );
  await assignUser(gateway.sql, { inspectionId: dataset.inspectionId, reference: dataset.reference, username, role });
  const ledger = emptyLedger();
  const workbench = await aWorkbench(name, ledgerFetch(ledger));
  // Signing in runs a first pass; with nothing on either side it only fetches the assignments.
  await workbench.engine.signIn(gateway.url, username, password);
  return { workbench, ledger };
}

export async function runEngineSync(
  dataset: SyncDataset,
  databases: GatewayDatabases,
  photos: PhotoStore = 'directory',
): Promise<EngineRun> {
  const gateway = await startGateway(databases, photos);
  const author = await aMember(gateway, dataset, 'Alex', 'lead');
  const colleague = await aMember(gateway, dataset, 'Priya', 'inspector');
  try {
    const seedStarted = performance.now();
    for (const request of dataset.commits) await author.workbench.commit(request);
    const seedMs = performance.now() - seedStarted;
    const changes = await unsentChanges(author.workbench.store, author.workbench.profile.device.id);
    if (changes.length !== dataset.plan.changes)
      throw new Error(`Seeded ${changes.length} changes, expected ${dataset.plan.changes}.`);

    const push = await measurePhase(gateway.probe, author.ledger, () => syncedOrThrow(author.workbench));
    const pull = await measurePhase(gateway.probe, colleague.ledger, () => syncedOrThrow(colleague.workbench));
    await checkReceived(colleague.workbench, author.workbench.profile.device.id, dataset);
    return { seedMs, push, pull, changes };
  } finally {
    await gateway.close();
    await author.workbench.store.db.delete();
    await colleague.workbench.store.db.delete();
  }
}

/** The colleague must hold every change and every photo, or the figures mean nothing. */
async function checkReceived(workbench: Workbench, authorDevice: string, dataset: SyncDataset): Promise<void> {
  const changes = await workbench.store.db.changes
    .where('[device+seq]')
    .between([authorDevice, 0], [authorDevice, Number.MAX_SAFE_INTEGER])
    .count();
  if (changes !== dataset.plan.changes)
    throw new Error(`The colleague received ${changes} of ${dataset.plan.changes} changes.`);
  for (const photo of dataset.photos)
    if (!(await workbench.store.hasBlob(photo.sha256))) throw new Error(`The colleague lacks photo ${photo.sha256}.`);
}
