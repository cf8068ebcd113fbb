/** Valid domain records for tests, with fields overridable per test. */
import { v7 as uuidv7 } from 'uuid';
import type { Finding } from '../../shared/domain/finding';
import type { Inspection } from '../../shared/domain/inspection';
import type { Site } from '../../shared/domain/network';

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
