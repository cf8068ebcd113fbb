/**
 * `npm run gateway -- <command>`: operator commands against the gateway's database (DATABASE_URL, or
 * the embedded PGlite in DATA_DIR; stop `npm run server` first when it uses PGlite, which allows one
 * process at a time).
 *
 *   migrate
 *   create-user --username u --name "Full Name" --initials FN --role inspector|lead-inspector|reviewer|admin [--password p]
 *   assign --inspection <uuid> --reference <ref> --user <username> --role lead|inspector|trainee|expert
 *   seed-demo
 *
 * Without --password, create-user asks for it (hidden) on a terminal or reads one line from stdin.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { assignUser, createUser } from './admin/accounts';
import { DEMO_INSPECTION, seedDemo } from './admin/seedDemo';
import { readEnvironment } from './config';
import type { Sql } from './db/database';
import { openDatabase } from './db/openDatabase';
import { migrate } from './db/migrate';
import type { TeamRole } from '../../shared/domain/inspection';
import type { AgencyRole } from '../../shared/sync/protocol';

const USAGE = `Usage: npm run gateway -- <command>
  migrate
  create-user --username <u> --name <name> --initials <AB> --role inspector|lead-inspector|reviewer|admin [--password <p>]
  assign --inspection <uuid> --reference <ref> --user <username> --role lead|inspector|trainee|expert
  seed-demo`;

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      initials: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      inspection: { type: 'string' },
      reference: { type: 'string' },
      user: { type: 'string' },
    },
    strict: true,
  });
  if (!command || !['migrate', 'create-user', 'assign', 'seed-demo'].includes(command)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const sql = await openDatabase(readEnvironment());
  try {
    const ran = await migrate(sql);
    if (command === 'migrate') console.log(ran.length ? `Applied ${ran.join(', ')}.` : 'The database is up to date.');
    else await runCommand(sql, command, values);
  } finally {
    await sql.close();
  }
}

async function runCommand(sql: Sql, command: string, values: Record<string, string | undefined>): Promise<void> {
  if (command === 'create-user') {
    const password = values['password'] ?? (await askPassword());
    const id = await createUser(sql, {
      username: values['username'] ?? '',
      name: values['name'] ?? '',
      initials: values['initials'] ?? '',
      role: (values['role'] ?? '') as AgencyRole,
      password,
    });
    console.log(`Created ${values['username']} (${values['role']}), id ${id}.`);
  } else if (command === 'assign') {
    await assignUser(sql, {
      inspectionId: values['inspection'] ?? '',
      reference: values['reference'] ?? '',
      username: values['user'] ?? '',
      role: (values['role'] ?? '') as TeamRole,
    });
    console.log(`${values['user']} is on inspection ${values['reference']} as ${values['role']}.`);
  } else if (command === 'seed-demo') {
    const users = await seedDemo(sql);
    console.log(`Demo inspection ${DEMO_INSPECTION.reference} (${DEMO_INSPECTION.id}).`);
    console.log('Users (passwords are shown once; write them down now):');
    for (const user of users)
      console.log(`  ${user.username.padEnd(14)} ${user.role.padEnd(15)} ${user.password ?? '(already existed; password unchanged)'}`);
  }
}

async function askPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) return line;
    return '';
  }
  process.stdout.write('Password: ');
  input.setRawMode(true);
  input.resume();
  return new Promise((resolvePassword) => {
    let typed = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolvePassword(typed);
          return;
        }
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    input.on('data', onData);
  });
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ZodError) console.error(error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
