/**
 * A fresh Dexie database on fake-indexeddb for each test, with a fixed session. Tests run in vitest's
 * node environment, where Blobs survive (they do not under happy-dom).
 */
import 'fake-indexeddb/auto';
import { v4 as uuidv4 } from 'uuid';
import type { CommitSession } from '../../renderer/src/db/commit';
import { WorkbenchDatabase } from '../../renderer/src/db/WorkbenchDatabase';

export async function openTestDatabase(name = `test-${uuidv4()}`): Promise<WorkbenchDatabase> {
  const db = new WorkbenchDatabase(name);
  await db.open();
  return db;
}

export function testSession(overrides: Partial<CommitSession> = {}): CommitSession {
  let tick = Date.parse('2026-11-25T09:00:00.000Z');
  return {
    actor: { userId: '0193a1b2-0000-7000-8000-000000000001', name: 'Jo Smith' },
    deviceId: '0193a1b2-0000-7000-8000-00000000d001',
    now: () => new Date((tick += 1000)),
    ...overrides,
  };
}
