/**
 * `gateway seed-demo`: a demo team to try the workbench against: a lead GMP inspector and a PV
 * inspector on one demo inspection (with a context pack), a reviewer and an administrator, plus the
 * shipped checklist templates and citation library as published library content. Passwords are
 * random and returned once; running it again leaves existing users and their passwords alone.
 */
import { randomBytes } from 'node:crypto';
import { SHIPPED_TEMPLATES } from '../../../shared/content/checklists/library';
import { CITATION_LIBRARY } from '../../../shared/content/citations/citationLibrary';
import type { TeamRole } from '../../../shared/domain/inspection';
import type { AgencyRole, ContextPackContent } from '../../../shared/sync/protocol';
import type { Argon2Params } from '../auth/passwords';
import type { Sql } from '../db/database';
import { assignUser, createUser, findUserId } from './accounts';
import { publishContextPack, publishLibraryItem } from './publishing';

export const DEMO_INSPECTION = { id: '019a0000-0000-7000-8000-00000000d001', reference: 'INS-DEMO-0001' } as const;

const DEMO_USERS: readonly { username: string; name: string; initials: string; role: AgencyRole; team: TeamRole | null }[] = [
  { username: 'gmp.lead', name: 'Alex Morgan', initials: 'AM', role: 'lead-inspector', team: 'lead' },
  { username: 'pv.inspector', name: 'Priya Shah', initials: 'PS', role: 'inspector', team: 'inspector' },
  { username: 'reviewer', name: 'Sam Okafor', initials: 'SO', role: 'reviewer', team: null },
  { username: 'admin', name: 'Chris Taylor', initials: 'CT', role: 'admin', team: null },
];

export interface SeededUser {
  username: string;
  role: AgencyRole;
  /** Null when the user already existed (their password was not changed). */
  password: string | null;
}

export async function seedDemo(sql: Sql, argon2?: Argon2Params): Promise<SeededUser[]> {
  const seeded: SeededUser[] = [];
  for (const user of DEMO_USERS) {
    let password: string | null = null;
    if (!(await findUserId(sql, user.username))) {
      password = randomBytes(12).toString('base64url');
      await createUser(sql, { username: user.username, name: user.name, initials: user.initials, role: user.role, password }, argon2);
    }
    if (user.team)
      await assignUser(sql, { inspectionId: DEMO_INSPECTION.id, reference: DEMO_INSPECTION.reference, username: user.username, role: user.team });
    seeded.push({ username: user.username, role: user.role, password });
  }
  for (const template of SHIPPED_TEMPLATES) await publishLibraryItem(sql, { kind: 'checklistTemplate', content: template });
  await publishLibraryItem(sql, { kind: 'citationLibrary', content: CITATION_LIBRARY });
  const [pack] = await sql.query('SELECT 1 FROM context_packs WHERE inspection_id = $1', [DEMO_INSPECTION.id]);
  if (!pack) await publishContextPack(sql, DEMO_INSPECTION.id, demoContextPack());
  return seeded;
}

function demoContextPack(): ContextPackContent {
  const inspectionId = DEMO_INSPECTION.id;
  return {
    sites: [
      {
        id: '019a0000-0000-7000-8000-00000000d101',
        inspectionId,
        kind: 'control-site',
        identifier: 'CS-001',
        name: 'Northgate Cell Therapies Control Site',
        location: 'Leeds',
        hostOrganisation: 'Northgate Cell Therapies Ltd',
        responsiblePerson: '',
        coverage: 'on-site',
        notes: '',
      },
      {
        id: '019a0000-0000-7000-8000-00000000d102',
        inspectionId,
        kind: 'poc-site',
        identifier: 'POC-001',
        name: 'St Elsewhere Haematology Unit',
        location: 'Leeds',
        hostOrganisation: 'St Elsewhere NHS Trust',
        responsiblePerson: '',
        coverage: 'on-site',
        notes: '',
      },
    ],
    products: [
      {
        id: '019a0000-0000-7000-8000-00000000d201',
        inspectionId,
        name: 'NCT-101 autologous CAR-T',
        dosageForm: 'Dispersion for infusion',
        dmLegalTest: 'POC',
        dmDesignationReference: 'DM-POC-2026-014',
        dmmfVersion: '3.1',
        authorisation: 'Clinical trial',
      },
    ],
    previousFindings: [
      { reference: 'GMP-2024-003', title: 'Operator training records incomplete at POC-001', discipline: 'GMP', classification: 'major', capaStatus: 'closed' },
    ],
    notes: 'Demo context pack made by `npm run gateway -- seed-demo`.',
  };
}
