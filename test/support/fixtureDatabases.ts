/**
 * Generators for fixture databases as earlier schema versions wrote them. Each writes rows in that
 * version's layout directly (as that version's commit did), so an upgrade test starts from what a
 * user's laptop really holds, not from what today's code would write.
 */
import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { GENESIS_HASH, type Change, type UnsignedChange } from '../../shared/changes/change';
import { signChange } from '../../shared/changes/hashChain';
import { formatHlc } from '../../shared/changes/hlc';
import { applyChange, type StateRecord } from '../../shared/changes/reducer';
import { SHIPPED_TEMPLATES } from '../../shared/content/checklists/library';
import { contentHash } from '../../shared/content/checklists/templateVersions';
import { WorkbenchDatabase } from '../../renderer/src/db/WorkbenchDatabase';
import { aFinding, anInspection, aSite } from './domainFactories';

export interface FixtureContents {
  inspectionId: string;
  findingId: string;
  photoBlob: { sha256: string; bytes: Uint8Array };
  changes: Change[];
}

const DEVICE = '0193a1b2-0000-7000-8000-00000000f1d0';
const ACTOR = { userId: '0193a1b2-0000-7000-8000-00000000f1a0', name: 'Version One User' };

/** One edit as an earlier version's commit wrote it: the change, and the row of the state table. */
interface FixtureEdit {
  entity: Change['entity'];
  table: string;
  id: string;
  op: Change['op'];
  fields: Record<string, unknown>;
  /** The indexed columns of the state row, as that version's schema declared them. */
  indexed(next: StateRecord): Record<string, unknown>;
  inspectionId: string | null;
}

/** Schema version 1: state tables, change log, blobs and meta, written the way v1's commit wrote them. */
export async function writeVersion1Fixture(name: string): Promise<FixtureContents> {
  return writeFixture(name, 1);
}

/**
 * Schema version 2: everything of version 1, plus an imported checklist template in v2's
 * checklistTemplates table (a global record, outside any inspection) and an author's signature.
 */
export async function writeVersion2Fixture(name: string): Promise<FixtureContents & { signatureId: string }> {
  const { signatureId, ...contents } = await writeFixture(name, 2);
  if (!signatureId) throw new Error('the version 2 fixture has a signature');
  return { ...contents, signatureId };
}

async function writeFixture(
  name: string,
  version: 1 | 2,
): Promise<FixtureContents & { signatureId?: string }> {
  const db = new WorkbenchDatabase(name, { upTo: version });
  await db.open();
  const inspection = anInspection();
  const site = aSite(inspection.id);
  const finding = aFinding(inspection.id, { siteId: site.id });
  const findingColumns = (next: StateRecord) => ({
    inspectionId: inspection.id,
    discipline: next['discipline'],
    classification: next['classification'],
    status: next['status'],
    siteId: next['siteId'],
  });
  const inInspection = { inspectionId: inspection.id, indexed: () => ({ inspectionId: inspection.id }) };
  const edits: FixtureEdit[] = [
    {
      entity: 'inspection',
      table: 'inspections',
      id: inspection.id,
      op: 'create',
      fields: inspection,
      inspectionId: inspection.id,
      indexed: (next) => ({ status: next['status'] }),
    },
    { entity: 'site', table: 'sites', id: site.id, op: 'create', fields: site, ...inInspection },
    {
      entity: 'finding',
      table: 'findings',
      id: finding.id,
      op: 'create',
      fields: finding,
      inspectionId: inspection.id,
      indexed: findingColumns,
    },
    {
      entity: 'finding',
      table: 'findings',
      id: finding.id,
      op: 'update',
      fields: { classification: 'critical' },
      inspectionId: inspection.id,
      indexed: findingColumns,
    },
  ];
  let signatureId: string | undefined;
  if (version >= 2) {
    const template = SHIPPED_TEMPLATES[0];
    if (!template) throw new Error('no shipped checklist template');
    const templateRecordId = uuidv7();
    signatureId = uuidv7();
    edits.push(
      {
        entity: 'checklistTemplate',
        table: 'checklistTemplates',
        id: templateRecordId,
        op: 'create',
        fields: {
          id: templateRecordId,
          templateId: template.templateId,
          version: template.version,
          contentHash: contentHash(template),
          template: structuredClone(template),
        },
        inspectionId: null,
        indexed: () => ({ templateId: template.templateId }),
      },
      {
        entity: 'signature',
        table: 'signatures',
        id: signatureId,
        op: 'create',
        fields: {
          id: signatureId,
          inspectionId: inspection.id,
          signerId: ACTOR.userId,
          signerName: ACTOR.name,
          signerRole: 'Lead inspector',
          meaning: 'author',
          signedAt: '2026-06-01T09:00:00.000Z',
          contentSha256: 'a'.repeat(64),
        },
        ...inInspection,
      },
    );
  }
  const state = new Map<string, StateRecord>();
  const changes: Change[] = [];
  let previous = GENESIS_HASH;
  let wall = Date.parse('2026-06-01T08:00:00Z');
  for (const [index, edit] of edits.entries()) {
    const current = state.get(edit.id);
    const unsigned: UnsignedChange = {
      id: uuidv7(),
      inspectionId: edit.inspectionId,
      entity: edit.entity,
      entityId: edit.id,
      op: edit.op,
      fields: edit.fields as UnsignedChange['fields'],
      prior: Object.fromEntries(
        Object.keys(edit.fields)
          .filter(() => current)
          .map((f) => [f, (current?.[f] ?? null) as never]),
      ),
      base: Object.fromEntries(Object.keys(edit.fields).map((f) => [f, current?._meta.fieldClock[f] ?? null])),
      actor: ACTOR,
      device: DEVICE,
      seq: index + 1,
      hlc: formatHlc({ wallMs: (wall += 60_000), counter: 0, node: DEVICE }),
      at: { utc: new Date(wall).toISOString(), offsetMinutes: 60 },
      prevHash: previous,
    };
    const change = signChange(unsigned);
    previous = change.hash;
    changes.push(change);
    const next = applyChange(current, change);
    state.set(edit.id, next);
    await db.table(edit.table).put({ ...edit.indexed(next), id: edit.id, body: next });
    await db.changes.put({
      id: change.id,
      device: DEVICE,
      seq: change.seq,
      inspectionId: change.inspectionId,
      entity: change.entity,
      entityId: change.entityId,
      hlc: change.hlc,
      pending: 1,
      body: change,
    });
  }
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);
  const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  await db.blobs.put({
    sha256,
    mediaType: 'image/jpeg',
    size: bytes.byteLength,
    body: new Blob([bytes], { type: 'image/jpeg' }),
  });
  await db.meta.put({
    key: `head:${DEVICE}`,
    value: { seq: changes.length, hash: previous, hlc: changes.at(-1)?.hlc ?? null },
  });
  db.close();
  return {
    inspectionId: inspection.id,
    findingId: finding.id,
    photoBlob: { sha256, bytes },
    changes,
    ...(signatureId ? { signatureId } : {}),
  };
}
