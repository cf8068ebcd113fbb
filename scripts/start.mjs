/**
 * `npm start`: builds the app with electron-vite and runs it in Electron. Looks for the Electron
 * binary first, so an offline machine gets one clear message (and the browser alternative) in
 * seconds instead of a build followed by a failed or hanging download.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectronDownload, electronUnavailableMessage, findElectronBinary } from './electron-binary.mjs';

const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Runs a Node script to completion with the terminal attached; stops on failure. */
function runNode(/** @type {string[]} */ args, /** @type {string} */ what) {
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) fail(`npm start: ${what} failed (exit ${result.status ?? result.signal ?? 'unknown'}).`);
}

/** @returns {Promise<string>} the executable, downloading it first when that is possible */
async function electronExecutable() {
  const binary = findElectronBinary(projectRoot);
  if (binary.found) return binary.path;
  if (binary.version === undefined) fail(`Cannot start the desktop app: ${binary.reason}.`);
  const download = await checkElectronDownload(binary.version);
  if (!download.ok) fail(electronUnavailableMessage(binary.reason, download.reason));
  console.log(`npm start: ${binary.reason}; fetching it ${download.how}.`);
  runNode([join(projectRoot, 'node_modules', 'electron', 'install.js')], 'downloading Electron');
  const fetched = findElectronBinary(projectRoot);
  if (!fetched.found) fail(`Cannot start the desktop app: ${fetched.reason} even after the download.`);
  return fetched.path;
}

const executable = await electronExecutable();
runNode(
  [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  'electron-vite build',
);

// The built bundle, not a dev server; and never Electron-as-Node, whatever the shell exported.
const env = { ...process.env };
delete env['ELECTRON_RENDERER_URL'];
delete env['ELECTRON_RUN_AS_NODE'];
const child = spawn(executable, [projectRoot, ...process.argv.slice(2)], { cwd: projectRoot, env, stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => fail(`npm start: could not run ${executable} (${error.message}).`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
