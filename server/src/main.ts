/**
 * `npm run server`: the gateway on PORT (default 8787) and HOST (default 127.0.0.1), on PostgreSQL when
 * DATABASE_URL is set, otherwise on embedded PGlite in DATA_DIR (default .data/gateway). Migrates the
 * database on start. Photo bytes go to GATEWAY_PHOTO_DIR when set (default with PGlite: DATA_DIR/photos),
 * otherwise into the database.
 */
import { readFile } from 'node:fs/promises';
import { buildApp } from './app';
import { readEnvironment } from './config';
import { openMigratedDatabase } from './db/openDatabase';

async function main(): Promise<void> {
  const environment = readEnvironment();
  const sql = await openMigratedDatabase(environment);
  const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  const app = await buildApp({
    sql,
    jwtSecret: environment.jwtSecret,
    photoDirectory: environment.photoDir,
    settings: {
      trustProxy: environment.trustProxy,
      ...(environment.allowedOrigins ? { allowedOrigins: environment.allowedOrigins } : {}),
    },
    logger: true,
    version: packageJson.version ?? 'dev',
  });
  const stop = async () => {
    await app.close();
    await sql.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = await app.listen({ port: environment.port, host: environment.host });
  const database = environment.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${environment.dataDir}`;
  const photos = environment.photoDir ? `photos in ${environment.photoDir}` : 'photos in the database';
  console.log(`Agency gateway listening on ${address}/api/v1 (${database}; ${photos})`);
  console.log(`OpenAPI document: ${address}/api/v1/openapi.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
