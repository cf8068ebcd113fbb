/**
 * Administration of people and teams, used by the CLI (and by tests to set up their world). There is
 * no HTTP endpoint for any of this yet: accounts and assignments are made by an operator on the server.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { TeamRoleSchema, type TeamRole } from '../../../shared/domain/inspection';
import { Id } from '../../../shared/domain/primitives';
import { AgencyRoleSchema, PlainText, UsernameSchema, type AgencyRole } from '../../../shared/sync/protocol';
import { DEFAULT_ARGON2, hashPassword, MIN_PASSWORD_LENGTH, type Argon2Params } from '../auth/passwords';
import type { Sql } from '../db/database';

export const NewUserSchema = z
  .object({
    username: UsernameSchema,
    name: PlainText(200),
    initials: z.string().regex(/^[A-Z]{2,4}$/, 'must be 2 to 4 capital letters'),
    role: AgencyRoleSchema,
    password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
  })
  .strict();
export type NewUser = z.infer<typeof NewUserSchema>;

export async function createUser(sql: Sql, input: NewUser, argon2: Argon2Params = DEFAULT_ARGON2): Promise<string> {
  const user = NewUserSchema.parse(input);
  const id = randomUUID();
  const inserted = await sql.query(
    `INSERT INTO users (id, username, name, initials, agency_role, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING RETURNING id`,
    [id, user.username, user.name, user.initials, user.role, await hashPassword(user.password, argon2)],
  );
  if (inserted.length === 0) throw new Error(`There is already a user called ${user.username}.`);
  return id;
}

export async function findUserId(sql: Sql, username: string): Promise<string | null> {
  const [row] = await sql.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  return row?.id ?? null;
}

export const AssignmentInputSchema = z
  .object({
    inspectionId: Id,
    reference: PlainText(100),
    username: UsernameSchema,
    role: TeamRoleSchema,
  })
  .strict();

/** Puts a user on an inspection's team (registering the inspection if new); re-assigning changes the role. */
export async function assignUser(
  sql: Sql,
  input: { inspectionId: string; reference: string; username: string; role: TeamRole },
): Promise<void> {
  const assignment = AssignmentInputSchema.parse(input);
  await sql.transaction(async (tx) => {
    const [user] = await tx.query<{ id: string; agency_role: AgencyRole }>(
      'SELECT id, agency_role FROM users WHERE username = $1',
      [assignment.username],
    );
    if (!user) throw new Error(`There is no user called ${assignment.username}.`);
    if (user.agency_role === 'admin')
      throw new Error('Administrators cannot be on an inspection team (MHRA data integrity 6.16: admins do not edit content).');
    await tx.query(
      `INSERT INTO inspections (id, reference) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference`,
      [assignment.inspectionId, assignment.reference],
    );
    await tx.query(
      `INSERT INTO team_members (inspection_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (inspection_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [assignment.inspectionId, user.id, assignment.role],
    );
  });
}
