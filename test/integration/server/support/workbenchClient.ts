/**
 * A workbench as the sync tests drive it: its own IndexedDB (fake-indexeddb, a fresh database per
 * client), a profile made offline like the first-run screen makes it, a secret store in memory (the
 * one piece of the platform that cannot run here), and the real sync engine talking HTTP to a real
 * gateway on loopback, directly or through the fault proxy.
 */
import 'fake-indexeddb/auto';
import { v4 as uuidv4 } from 'uuid';
import type { Change } from '../../../../shared/changes/change';
import type { FieldConflict } from '../../../../shared/changes/conflicts';
import type { CommitFaults, CommitRequest } from '../../../../renderer/src/db/commit';
import type { Finding } from '../../../../shared/domain/finding';
import { createProfile, type DeviceProfile } from '../../../../renderer/src/db/deviceProfile';
import { DataStore } from '../../../../renderer/src/db/DataStore';
import { plainCodec } from '../../../../renderer/src/db/storageCodec';
import { WorkbenchDatabase } from '../../../../renderer/src/db/WorkbenchDatabase';
import { conflictDetail, openConflicts } from '../../../../renderer/src/conflicts/openConflicts';
import { resolutionRequest, type ConflictChoice } from '../../../../renderer/src/conflicts/resolveConflict';
import type { SecretStore } from '../../../../renderer/src/platform/Platform';
import type { FetchLike } from '../../../../renderer/src/sync/gatewayClient';
import { SyncEngine, type SyncEngineOptions } from '../../../../renderer/src/sync/syncEngine';
import { SyncSession } from '../../../../renderer/src/sync/syncSession';
import { sessionFor } from '../../../../renderer/src/db/DataContext';
import { aFinding, anInspection } from '../../../support/domainFactories';

export function memorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    status: async () => ({ available: true, backend: 'memory (test)' }),
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => {
      values.set(key, value);
    },
    delete: async (key) => values.delete(key),
  };
}

export interface Workbench {
  store: DataStore;
  profile: DeviceProfile;
  engine: SyncEngine;
  /** Quits and starts the app again: a new engine and session over the same database and secret store. */
  restartApp(): Promise<void>;
  /** Every request the engine made, in order. */
  requests: { method: string; url: string; bytes: number; headers: Record<string, string> }[];
  /** Commits as this laptop's user, as the app's useCommit does. */
  commit(request: CommitRequest, faults?: CommitFaults): Promise<Change[]>;
  createInspection(id: string, reference?: string): Promise<void>;
  createFinding(inspectionId: string, statement: string): Promise<string>;
  editFinding(findingId: string, fields: Partial<Finding>): Promise<void>;
  finding(findingId: string): Promise<Finding | undefined>;
  conflicts(inspectionId: string): Promise<FieldConflict[]>;
  resolve(conflict: FieldConflict, choice: ConflictChoice, reason: string): Promise<void>;
}

let people = 0;

export async function aWorkbench(
  name: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  options: SyncEngineOptions = {},
): Promise<Workbench> {
  people += 1;
  const db = new WorkbenchDatabase(`workbench-${uuidv4()}`);
  await db.open();
  const store = new DataStore(db, plainCodec);
  const initials = `${name.slice(0, 1)}${String.fromCharCode(65 + (people % 26))}`.toUpperCase();
  const profile = await createProfile(
    store,
    { name, initials, email: '', agencyRole: 'lead-inspector' },
    `${name}’s laptop`,
  );
  const requests: Workbench['requests'] = [];
  const recording: FetchLike = async (input, init) => {
    const body = init.body;
    const bytes = typeof body === 'string' ? body.length : body instanceof Uint8Array ? body.byteLength : 0;
    requests.push({
      method: init.method ?? 'GET',
      url: input,
      bytes,
      headers: { ...(init.headers as Record<string, string>) },
    });
    return fetchImpl(input, init);
  };
  const secrets = memorySecretStore();
  const engineOptions = { intervalMs: 3_600_000, backoffMs: 3_600_000, ...options };
  const engine = new SyncEngine(store, profile, new SyncSession(secrets, store, profile, recording), engineOptions);
  const commitSession = sessionFor(profile);
  const commit: Workbench['commit'] = (request, faults) => store.commit(commitSession, request, faults);
  const workbench: Workbench = {
    store,
    profile,
    engine,
    requests,
    commit,
    async restartApp() {
      workbench.engine.stop();
      workbench.engine = new SyncEngine(
        store,
        profile,
        new SyncSession(secrets, store, profile, recording),
        engineOptions,
      );
      // Loads the kept session as the app does on start; the test then drives the passes itself.
      await workbench.engine.start();
      workbench.engine.stop();
    },
    async createInspection(id, reference = 'INS-TEAM-0001') {
      await commit({ intents: [{ op: 'create', entity: 'inspection', fields: anInspection({ id, reference }) }] });
    },
    async createFinding(inspectionId, statement) {
      const finding = aFinding(inspectionId, {
        statement,
        reference: `GMP-${profile.user.initials}-${String(people).padStart(3, '0')}`,
      });
      await commit({ intents: [{ op: 'create', entity: 'finding', fields: finding }] });
      return finding.id;
    },
    async editFinding(findingId, fields) {
      await commit({ intents: [{ op: 'update', entity: 'finding', id: findingId, fields }] });
    },
    async finding(findingId) {
      const stored = await store.get('finding', findingId);
      if (!stored) return undefined;
      const { _meta: _ignored, ...finding } = stored;
      return finding;
    },
    conflicts: (inspectionId) => openConflicts(store, { inspectionId }),
    async resolve(conflict, choice, reason) {
      const detail = await conflictDetail(store, conflict.key);
      if (!detail) throw new Error(`No conflict ${conflict.key}`);
      await commit(resolutionRequest(conflict, detail.latest, choice, reason));
    },
  };
  return workbench;
}
