/**
 * GET /assignments: the inspections the caller is on, each with its team and the version of its
 * context pack. GET /assignments/:inspectionId/context-pack: the pack itself, only for a team member
 * (404 otherwise, the same answer as for an inspection without a pack).
 */
import type { FastifyInstance } from 'fastify';
import type { TeamRole } from '../../../shared/domain/inspection';
import { InspectionParamsSchema } from '../../../shared/sync/endpoints';
import type { Assignment, AssignmentsResponse, ContextPack } from '../../../shared/sync/protocol';
import { ContextPackContentSchema } from '../../../shared/sync/protocol';
import { callerOf } from '../auth/caller';
import type { GatewayContext } from '../context';
import { notFound } from '../httpErrors';
import { parseRequestPart } from '../validation';

export function registerAssignmentRoutes(api: FastifyInstance, context: GatewayContext): void {
  api.get('/assignments', async (request): Promise<AssignmentsResponse> => {
    const caller = callerOf(request);
    const mine = await context.sql.query<{
      id: string;
      reference: string;
      role: TeamRole;
      assigned_at: Date;
      pack_version: number | null;
      pack_hash: string | null;
    }>(
      `SELECT i.id, i.reference, t.role, t.assigned_at, p.version AS pack_version, p.content_hash AS pack_hash
         FROM team_members t JOIN inspections i ON i.id = t.inspection_id
         LEFT JOIN context_packs p ON p.inspection_id = i.id
        WHERE t.user_id = $1 ORDER BY t.assigned_at, i.id`,
      [caller.user.id],
    );
    const team = await context.sql.query<{
      inspection_id: string;
      user_id: string;
      username: string;
      name: string;
      initials: string;
      role: TeamRole;
    }>(
      `SELECT t.inspection_id, u.id AS user_id, u.username, u.name, u.initials, t.role
         FROM team_members t JOIN users u ON u.id = t.user_id
        WHERE t.inspection_id IN (SELECT inspection_id FROM team_members WHERE user_id = $1)
        ORDER BY t.assigned_at, u.username`,
      [caller.user.id],
    );
    const assignments: Assignment[] = mine.map((row) => ({
      inspectionId: row.id,
      reference: row.reference,
      role: row.role,
      assignedAt: row.assigned_at.toISOString(),
      team: team
        .filter((member) => member.inspection_id === row.id)
        .map((member) => ({
          userId: member.user_id,
          username: member.username,
          name: member.name,
          initials: member.initials,
          role: member.role,
        })),
      contextPack:
        row.pack_version !== null && row.pack_hash !== null ? { version: row.pack_version, contentHash: row.pack_hash } : null,
    }));
    return { assignments };
  });

  api.get('/assignments/:inspectionId/context-pack', async (request): Promise<ContextPack> => {
    const caller = callerOf(request);
    const { inspectionId } = parseRequestPart(InspectionParamsSchema, request.params, 'params');
    const [row] = await context.sql.query<{ version: number; content_hash: string; content: string; published_at: Date }>(
      `SELECT p.version, p.content_hash, p.content, p.published_at FROM context_packs p
         JOIN team_members t ON t.inspection_id = p.inspection_id AND t.user_id = $2
        WHERE p.inspection_id = $1`,
      [inspectionId, caller.user.id],
    );
    if (!row) throw notFound('There is no context pack for this inspection in your assignments.');
    return {
      inspectionId,
      version: row.version,
      contentHash: row.content_hash,
      publishedAt: row.published_at.toISOString(),
      content: ContextPackContentSchema.parse(JSON.parse(row.content)),
    };
  });
}
