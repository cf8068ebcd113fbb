/**
 * The sample inspection shipped with the app: a routine joint GMP and PV inspection of a fictional
 * Control Site and three point-of-care sites in hospitals, making an autologous CAR-T product at the
 * bedside. Some checklist items are answered, a few findings raised, the opening meeting held.
 * Every name is invented. The records are plain data; loadSampleInspection writes them through the
 * change log like any inspector's work.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ChecklistResponse } from '@shared/domain/checklistResponse';
import type { DocumentRecord, Meeting, Person } from '@shared/domain/evidenceRecords';
import { findingReference, type Finding } from '@shared/domain/finding';
import type { Inspection } from '@shared/domain/inspection';
import type { Site } from '@shared/domain/network';
import type { Product } from '@shared/domain/product';
import type { User } from '@shared/domain/profile';
import type { RecordIntent } from '../../db/commit';
import { checklistResponseId } from '../checklists/responseId';

export const SAMPLE_REFERENCE = 'SAMPLE-DM-2026-001';

export interface SampleRecords {
  inspection: Inspection;
  intents: RecordIntent[];
  /** Photos to generate, with the site and finding each belongs to. */
  photos: { caption: string; scene: 'label' | 'isolator' | 'fridge'; siteId: string; findingId: string | null }[];
}

function isoDay(base: Date, offsetDays: number): string {
  return new Date(base.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export function sampleInspectionRecords(user: User, today: Date): SampleRecords {
  const id = uuidv7();
  const pvInitials = user.initials === 'PN' ? 'PX' : 'PN';
  const pvInspector = {
    userId: uuidv7(),
    name: 'Priya Natarajan',
    initials: pvInitials,
    role: 'inspector' as const,
    disciplines: ['PV' as const],
  };
  const site = (fields: Omit<Site, 'id' | 'inspectionId' | 'notes' | 'responsiblePerson'> & Partial<Site>): Site => ({
    id: uuidv7(),
    inspectionId: id,
    notes: '',
    responsiblePerson: '',
    ...fields,
  });
  const control = site({
    kind: 'control-site',
    identifier: 'CS-NCT-01',
    name: 'Northgate Cell Therapies Control Site',
    location: 'Unit 4, Aire Valley Science Park, Leeds LS9 8QA',
    hostOrganisation: 'Northgate Cell Therapies Ltd',
    coverage: 'on-site',
    responsiblePerson: 'Dr Helena Marsh (QP)',
  });
  const poc1 = site({
    kind: 'poc-site',
    identifier: 'POC-001',
    name: 'St Elsewhere University Hospital, Haematology Day Unit',
    location: 'Ward 27, St Elsewhere University Hospital, Leeds',
    hostOrganisation: 'St Elsewhere Teaching Hospitals NHS Trust',
    coverage: 'on-site',
    responsiblePerson: 'Tomasz Wiśniewski',
  });
  const poc2 = site({
    kind: 'poc-site',
    identifier: 'POC-002',
    name: 'Riverside General Hospital, Cellular Therapy Suite',
    location: 'Level 3, Riverside General Hospital, York',
    hostOrganisation: 'Riverside Hospitals NHS Foundation Trust',
    coverage: 'on-site',
    responsiblePerson: 'Dr Aisha Okafor',
  });
  const poc3 = site({
    kind: 'poc-site',
    identifier: 'POC-003',
    name: 'Northfield Children’s Hospital, Oncology Unit',
    location: 'Northfield Children’s Hospital, Sheffield',
    hostOrganisation: 'Northfield Children’s NHS Trust',
    coverage: 'remote',
    responsiblePerson: 'Dr Ioannis Papadakis',
  });
  const sites = [control, poc1, poc2, poc3];

  const inspection: Inspection = {
    id,
    reference: SAMPLE_REFERENCE,
    organisationName: 'Northgate Cell Therapies Ltd',
    disciplines: ['GMP', 'PV'],
    type: 'routine',
    status: 'on-site',
    startDate: isoDay(today, -2),
    endDate: isoDay(today, 1),
    scope:
      'Routine joint GMP and pharmacovigilance inspection of the DM network for NCT-CAR19: the Control Site and its point-of-care sites, covering the DM control strategy, site onboarding and suspension, QP certification of bedside-made batches, chain of identity, and site-level safety data.',
    areasNotInspected:
      'Quality control laboratory (outsourced; inspected in 2025). POC-003 reviewed remotely from batch records and video walk-through only.',
    agenda:
      'Day 1: opening meeting, Control Site PQS and DMMF.\nDay 2: POC-001 and POC-002 on site.\nDay 3: PV system and QPPV interview.\nDay 4: closing meeting.',
    team: [
      { userId: user.id, name: user.name, initials: user.initials, role: 'lead', disciplines: ['GMP'] },
      pvInspector,
    ],
    sectionAssignments: {},
    checklistTemplates: [
      { templateId: 'dm-gmp', version: 1 },
      { templateId: 'dm-pv', version: 1 },
    ],
  };

  const product: Product = {
    id: uuidv7(),
    inspectionId: id,
    name: 'NCT-CAR19 autologous anti-CD19 CAR-T cells',
    dosageForm: 'Dispersion for infusion (1–5 × 10⁶ CAR+ cells/kg)',
    dmLegalTest: 'POC',
    dmDesignationReference: 'DMD-2025-0007',
    dmmfVersion: '3.1',
    authorisation: 'PLGB 51234/0001 (conditional)',
  };

  const gmp = (
    n: number,
    fields: Partial<Finding> & Pick<Finding, 'title' | 'classification' | 'statement'>,
  ): Finding => ({
    id: uuidv7(),
    inspectionId: id,
    reference: findingReference('GMP', user.initials, n),
    discipline: 'GMP',
    evidence: '',
    references: [],
    siteId: null,
    checklistItemIds: [],
    photoIds: [],
    status: 'draft',
    followsUp: '',
    ...fields,
  });
  const findings: Finding[] = [
    gmp(1, {
      title: 'Operators manufactured before authorisation by the Control Site',
      classification: 'major',
      statement:
        'At POC-001, two ward nurses manufactured batches NCT-2611 and NCT-2614 on 3 and 9 November before the Control Site had recorded their authorisation to manufacture; their qualification runs were signed off on 12 November.',
      evidence:
        'Training matrix TRN-POC-001 rev 7; batch records NCT-2611, NCT-2614; interview with the site responsible person.',
      references: ['EU GMP Part I, Chapter 2', 'MHRA DM guidance, UK Guideline on GMP'],
      siteId: poc1.id,
      checklistItemIds: ['dm-gmp:G11'],
    }),
    gmp(2, {
      title: 'Platform firmware differs between sites without change control',
      classification: 'other',
      statement:
        'The closed-system processing unit at POC-002 runs firmware 4.2.1 while POC-001 runs 4.1.9; no change control assessed the difference or its effect on inter-site comparability (≥ 2 sites affected).',
      evidence: 'Equipment logs EQ-POC-002-07 and EQ-POC-001-07.',
      references: ['EU GMP Annex 15', 'EU GMP Annex 11'],
      siteId: poc2.id,
      checklistItemIds: ['dm-gmp:G14'],
    }),
    {
      id: uuidv7(),
      inspectionId: id,
      reference: findingReference('PV', pvInitials, 1),
      title: 'Safety database cannot tell manufacturing sites apart',
      discipline: 'PV',
      classification: 'major',
      statement:
        'Individual case safety reports record the manufacturing site only in free text; 14 of 31 ICSRs for NCT-CAR19 since January had no site identifier, so site-level signal detection is not possible.',
      evidence: 'Safety database extract SDB-2026-11-20; PV SOP PV-012 v5.',
      references: ['MHRA DM guidance, UK Guideline on GVP', 'GVP Module VI'],
      siteId: null,
      checklistItemIds: ['dm-pv:P3'],
      photoIds: [],
      status: 'draft',
      followsUp: '',
    },
    {
      id: uuidv7(),
      inspectionId: id,
      reference: findingReference('PV', pvInitials, 2),
      title: 'Training of ward staff on reporting site and batch',
      discipline: 'PV',
      classification: 'comment',
      statement:
        'Consider adding the site identifier and batch number to the adverse reaction reporting card given to ward staff at each POC site.',
      evidence: '',
      references: ['GVP Module I'],
      siteId: null,
      checklistItemIds: [],
      photoIds: [],
      status: 'draft',
      followsUp: '',
    },
  ];

  const responses: ChecklistResponse[] = [
    ['dm-gmp', 'G1', 'satisfactory', 'Licence MIA(POC) 51234 covers the dosage form; checked original.', [control.id]],
    [
      'dm-gmp',
      'G2',
      'satisfactory',
      'Designation DMD-2025-0007 on file; change control CC-118 assessed against designation basis.',
      [control.id],
    ],
    ['dm-gmp', 'G3', 'satisfactory', 'DMMF v3.1 approved 2 Oct; lists all three POC sites.', [control.id]],
    ['dm-gmp', 'G4', 'satisfactory', '', [control.id]],
    ['dm-gmp', 'G11', 'deficiency', 'Two operators at POC-001 manufactured before authorisation.', [poc1.id]],
    ['dm-gmp', 'G14', 'deficiency', 'Firmware differs between POC-001 and POC-002.', [poc1.id, poc2.id]],
    ['dm-pv', 'P3', 'deficiency', 'Site recorded in free text only.', []],
    ['dm-pv', 'P12', 'satisfactory', 'QPPV described the Control Site and all three POC sites.', []],
  ].map(([templateId, itemId, answer, note, siteIds]) => ({
    id: checklistResponseId(id, templateId as string, itemId as string),
    inspectionId: id,
    templateId: templateId as string,
    templateVersion: 1,
    itemId: itemId as string,
    answer: answer as ChecklistResponse['answer'],
    note: note as string,
    siteIds: siteIds as string[],
  }));

  const person = (name: string, jobTitle: string, role: string, siteId: string | null): Person => ({
    id: uuidv7(),
    inspectionId: id,
    name,
    jobTitle,
    organisation: 'Northgate Cell Therapies Ltd',
    role,
    siteId,
  });
  const people = [
    person('Dr Helena Marsh', 'Head of Quality', 'QP', control.id),
    person('Marcus Lindqvist', 'QPPV', 'QPPV', null),
    person('Tomasz Wiśniewski', 'Lead cell therapy nurse', 'Responsible person at POC-001', poc1.id),
    person('Dr Aisha Okafor', 'Consultant haematologist', 'Responsible person at POC-002', poc2.id),
  ];
  const meeting: Meeting = {
    id: uuidv7(),
    inspectionId: id,
    kind: 'opening',
    date: isoDay(today, -2),
    siteId: control.id,
    attendeeIds: people.map((p) => p.id),
    inspectorIds: inspection.team.map((m) => m.userId),
    notes:
      'Scope, agenda and logistics agreed. The company presented its DM network and the changes since DMMF v3.0 (POC-003 onboarded in August).',
  };
  const document = (
    title: string,
    documentReference: string,
    version: string,
    kind: DocumentRecord['kind'],
    status: DocumentRecord['status'],
  ): DocumentRecord => ({
    id: uuidv7(),
    inspectionId: id,
    kind,
    title,
    documentReference,
    version,
    status,
    siteId: null,
    notes: '',
  });
  const documents = [
    document('Decentralised Manufacturing Master File, NCT-CAR19', 'DMMF-NCT-CAR19', '3.1', 'reviewed', 'reviewed'),
    document('Onboarding, suspension and ceasing of POC sites', 'SOP-QA-031', '4', 'reviewed', 'reviewed'),
    document('Operator authorisation records for all POC sites, 2026', 'TRN-POC-ALL', '', 'requested', 'requested'),
  ];

  const intents: RecordIntent[] = [
    { op: 'create', entity: 'inspection', fields: inspection },
    ...sites.map((fields): RecordIntent => ({ op: 'create', entity: 'site', fields })),
    { op: 'create', entity: 'product', fields: product },
    ...people.map((fields): RecordIntent => ({ op: 'create', entity: 'person', fields })),
    { op: 'create', entity: 'meeting', fields: meeting },
    ...documents.map((fields): RecordIntent => ({ op: 'create', entity: 'document', fields })),
    ...responses.map((fields): RecordIntent => ({ op: 'create', entity: 'checklistResponse', fields })),
    ...findings.map((fields): RecordIntent => ({ op: 'create', entity: 'finding', fields })),
  ];
  return {
    inspection,
    intents,
    photos: [
      {
        caption: 'Infusion bag label at POC-001: patient identifier redacted by the workbench sample',
        scene: 'label',
        siteId: poc1.id,
        findingId: findings[0]!.id,
      },
      {
        caption: 'Closed-system processing unit at POC-002 showing firmware 4.2.1',
        scene: 'isolator',
        siteId: poc2.id,
        findingId: findings[1]!.id,
      },
      {
        caption: 'Controlled-temperature storage at the Control Site',
        scene: 'fridge',
        siteId: control.id,
        findingId: null,
      },
    ],
  };
}
