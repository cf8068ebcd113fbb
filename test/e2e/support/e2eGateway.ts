/**
 * The agency gateway the e2e journeys sync with: a fresh embedded PGlite database in a temporary
 * folder, migrated, with a two-person team on one assigned inspection and known passwords, listening
 * on loopback. Playwright starts it (playwright.config.ts) beside the browser build and stops it after.
 * The browser build's origin is allowed to call it (CORS).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignUser, createUser } from '../../../server/src/admin/accounts';
import { publishContextPack } from '../../../server/src/admin/publishing';
import { buildApp } from '../../../server/src/app';
import { openMigratedDatabase } from '../../../server/src/db/openDatabase';
import { E2E_TEAM } from './e2eTeam';

const port = Number(process.env['E2E_GATEWAY_PORT'] ?? 8795);
const appOrigin = `http://127.0.0.1:${process.env['E2E_PORT'] ?? 5174}`;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'workbench-e2e-gateway-'));
  const sql = await openMigratedDatabase({ databaseUrl: null, dataDir });
  const cheap = { memoryKiB: 256, iterations: 1 };
  for (const member of E2E_TEAM.members) {
    await createUser(sql, { ...member.account, password: member.password }, cheap);
    await assignUser(sql, {
      inspectionId: E2E_TEAM.inspectionId,
      reference: E2E_TEAM.reference,
      username: member.account.username,
      role: member.teamRole,
    });
  }
  await publishContextPack(sql, E2E_TEAM.inspectionId, {
    sites: [],
    products: [],
    previousFindings: [E2E_TEAM.previousFinding],
    notes: 'Licence MIA 12345 held; certificate renewed 2026-03.',
  });
  const app = await buildApp({ sql, settings: { argon2: cheap, rateLimit: false, allowedOrigins: [appOrigin] } });
  await app.listen({ port, host: '127.0.0.1' });
  console.log(`e2e gateway on http://127.0.0.1:${port} (PGlite in ${dataDir}), allowing ${appOrigin}`);
  const stop = async () => {
    await app.close();
    await sql.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
