/**
 * Schema review (SECURITY.md B3): indexed columns are stored in the clear even when encryption at rest
 * is on. This test pins the reviewed list; adding an indexed field fails it until someone has checked
 * that the field holds no sensitive text and updated the list below, in the same review.
 */
import { describe, expect, it } from 'vitest';
import { INDEXED_FIELDS, SCHEMA_VERSIONS } from '../../../renderer/src/db/schema';

const REVIEWED_INDEXED_FIELDS = {
  inspection: ['status'],
  site: ['inspectionId'],
  product: ['inspectionId'],
  checklistResponse: ['inspectionId', 'itemId'],
  finding: ['inspectionId', 'discipline', 'classification', 'status', 'siteId'],
  photo: ['inspectionId', 'sha256'],
  document: ['inspectionId'],
  person: ['inspectionId'],
  meeting: ['inspectionId'],
  capa: ['inspectionId', 'findingId'],
  signature: ['inspectionId'],
  reportIssue: ['inspectionId'],
  conflictResolution: ['inspectionId', 'entityId'],
  user: [],
  device: [],
  checklistTemplate: ['templateId'],
  citationLibrary: [],
};

/** Index paths per store that were reviewed: ids, kinds, grades, statuses and structural log columns. */
const REVIEWED_STORE_INDEXES: Record<string, string> = {
  inspections: 'id, status',
  sites: 'id, inspectionId',
  products: 'id, inspectionId',
  checklistResponses: 'id, inspectionId, [inspectionId+itemId]',
  findings: 'id, inspectionId, discipline, classification, status, siteId',
  photos: 'id, inspectionId, sha256',
  documents: 'id, inspectionId',
  people: 'id, inspectionId',
  meetings: 'id, inspectionId',
  capas: 'id, inspectionId, findingId',
  signatures: 'id, inspectionId',
  users: 'id',
  devices: 'id',
  changes: 'id, &[device+seq], inspectionId, [entity+entityId], hlc, pending',
  blobs: 'sha256',
  meta: 'key',
  checklistTemplates: 'id, templateId',
  citationLibraries: 'id',
  reportIssues: 'id, inspectionId',
  conflictResolutions: 'id, inspectionId, entityId',
  // Local only and holding no inspection text: conflicts (ids, field names, clocks), photo transfers (hashes, states).
  conflicts: 'key, inspectionId, [entity+entityId]',
  blobTransfers: 'id, state, inspectionId, sha256',
};

describe('the clear columns', () => {
  it('copies only the reviewed fields out of encrypted bodies', () => {
    expect(INDEXED_FIELDS).toEqual(REVIEWED_INDEXED_FIELDS);
  });

  it('declares only reviewed indexes in every schema version', () => {
    for (const { stores } of SCHEMA_VERSIONS) {
      for (const [store, indexes] of Object.entries(stores)) {
        expect({ store, indexes }).toEqual({ store, indexes: REVIEWED_STORE_INDEXES[store] });
      }
    }
  });
});
