/** Valid domain records for tests, with fields overridable per test. */
import { v7 as uuidv7 } from 'uuid';
import type { Signature } from '../../shared/domain/closeOut';
import type { DocumentRecord, Meeting, Person } from '../../shared/domain/evidenceRecords';
import type { Finding } from '../../shared/domain/finding';
import type { Inspection, TeamMember } from '../../shared/domain/inspection';
import type { Site } from '../../shared/domain/network';
import type { Photo } from '../../shared/domain/photo';
import type { Product } from '../../shared/domain/product';

export function anInspection(overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: uuidv7(),
    reference: 'INS-2026-0042',
    organisationName: 'Northgate Cell Therapies Ltd',
    disciplines: ['GMP', 'PV'],
    type: 'routine',
    status: 'planning',
    startDate: '2026-11-23',
    endDate: '2026-11-26',
    scope: 'DM GMP inspection of the Control Site and POC network.',
    areasNotInspected: '',
    agenda: '',
    team: [],
    sectionAssignments: {},
    checklistTemplates: [],
    ...overrides,
  };
}

export function aSite(inspectionId: string, overrides: Partial<Site> = {}): Site {
  return {
    id: uuidv7(),
    inspectionId,
    kind: 'poc-site',
    identifier: 'POC-001',
    name: 'St Elsewhere Haematology Unit',
    location: 'Łódź Road, Leeds',
    hostOrganisation: 'St Elsewhere NHS Trust',
    responsiblePerson: '',
    coverage: 'on-site',
    notes: '',
    ...overrides,
  };
}

export function aFinding(inspectionId: string, overrides: Partial<Finding> = {}): Finding {
  return {
    id: uuidv7(),
    inspectionId,
    reference: 'GMP-JS-001',
    title: 'Operator authorisation not verified before manufacture',
    discipline: 'GMP',
    classification: 'major',
    statement: 'Two operators at POC-001 manufactured batches before authorisation by the Control Site.',
    evidence: 'Training records TR-12 and TR-13; batch records B-2211, B-2212.',
    references: ['EU GMP Ch2 2.10'],
    siteId: null,
    checklistItemIds: [],
    photoIds: [],
    status: 'draft',
    followsUp: '',
    ...overrides,
  };
}

export function aProduct(inspectionId: string, overrides: Partial<Product> = {}): Product {
  return {
    id: uuidv7(),
    inspectionId,
    name: 'Autologous CAR-T cell suspension for infusion',
    dosageForm: 'Dispersion for infusion',
    dmLegalTest: 'POC',
    dmDesignationReference: 'DMD-2026-0007',
    dmmfVersion: '3.1',
    authorisation: 'CTA 12345/0001/001',
    ...overrides,
  };
}

export function aTeamMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    userId: uuidv7(),
    name: 'Jo Smith',
    initials: 'JS',
    role: 'lead',
    disciplines: ['GMP'],
    ...overrides,
  };
}

export function aPhotoRecord(inspectionId: string, overrides: Partial<Photo> = {}): Photo {
  return {
    id: uuidv7(),
    inspectionId,
    sha256: 'a'.repeat(64),
    mediaType: 'image/jpeg',
    byteSize: 1000,
    width: 640,
    height: 480,
    fileName: 'IMG_0001.jpg',
    source: 'camera',
    capturedAt: '2026-11-24T10:15:00.000Z',
    caption: 'Cleanroom door left open',
    siteId: null,
    exif: {},
    thumbnailSha256: null,
    displaySha256: null,
    derivedFrom: null,
    ...overrides,
  };
}

export function aPerson(inspectionId: string, overrides: Partial<Person> = {}): Person {
  return {
    id: uuidv7(),
    inspectionId,
    name: 'Dr Ana Kowalska',
    jobTitle: 'Head of Quality',
    organisation: 'Northgate Cell Therapies Ltd',
    role: 'QP',
    siteId: null,
    ...overrides,
  };
}

export function aDocument(inspectionId: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: uuidv7(),
    inspectionId,
    kind: 'reviewed',
    title: 'Site Master File',
    documentReference: 'SMF-001',
    version: '4',
    status: 'reviewed',
    siteId: null,
    notes: '',
    ...overrides,
  };
}

export function aMeeting(inspectionId: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: uuidv7(),
    inspectionId,
    kind: 'opening',
    date: '2026-11-23',
    siteId: null,
    attendeeIds: [],
    inspectorIds: [],
    notes: '',
    ...overrides,
  };
}

export function aSignature(inspectionId: string, overrides: Partial<Signature> = {}): Signature {
  return {
    id: uuidv7(),
    inspectionId,
    signerId: uuidv7(),
    signerName: 'Jo Smith',
    signerRole: 'Lead inspector',
    meaning: 'author',
    signedAt: '2026-12-01T09:00:00.000Z',
    contentSha256: 'c'.repeat(64),
    ...overrides,
  };
}
