/**
 * electron-builder.yml really packs what it should, offline: electron-builder runs on a small project
 * with a stand-in Electron distribution (a fake binary carrying a fuse wire), as `--linux dir`. The
 * app.asar must hold out/, the icons and package.json but no node_modules (main and preload are
 * bundled), and the afterPack hook must have flipped the fuses to SECURITY.md A6.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFuseWire } from '../../../scripts/fuses.mjs';
import { writeFakeElectronBinary } from '../../support/fakeElectronBinary';

const repoRoot = join(import.meta.dirname, '../../..');
let work: string;
let appOutDir: string;
let builderOutput = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'packaging-'));
  const project = join(work, 'project');
  const electronDist = join(work, 'electron-dist');
  await mkdir(join(project, 'out', 'main'), { recursive: true });
  await mkdir(join(project, 'out', 'renderer'), { recursive: true });
  await mkdir(join(project, 'assets', 'icons'), { recursive: true });
  await mkdir(join(project, 'node_modules', 'left-pad'), { recursive: true });
  await mkdir(electronDist);
  await writeFile(join(project, 'out', 'main', 'index.js'), "console.log('main');\n");
  await writeFile(join(project, 'out', 'renderer', 'index.html'), '<!doctype html>\n');
  for (const icon of ['icon.png', 'icon.svg']) {
    await copyFile(join(repoRoot, 'assets', 'icons', icon), join(project, 'assets', 'icons', icon));
  }
  // A production dependency: it must stay out of the app, which runs from the bundles in out/.
  await writeFile(join(project, 'node_modules', 'left-pad', 'package.json'), '{"name":"left-pad","version":"1.0.0"}');
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'inspection-workbench',
      productName: 'Inspection Workbench',
      version: '0.1.0',
      description: 'packaging test',
      main: 'out/main/index.js',
      type: 'module',
      dependencies: { 'left-pad': '1.0.0' },
      devDependencies: { electron: '45.4.1' },
    }),
  );
  await writeFakeElectronBinary(join(electronDist, 'electron'));
  await writeFile(join(electronDist, 'version'), '45.4.1');

  const result = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
      '--projectDir',
      project,
      '--config',
      join(repoRoot, 'electron-builder.yml'),
      '--linux',
      'dir',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${join(work, 'release')}`,
      // The yml names the hook relative to the repository; the test project lives elsewhere.
      `-c.afterPack=${join(repoRoot, 'scripts', 'flip-fuses.mjs')}`,
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } },
  );
  builderOutput = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`electron-builder failed (${result.status}):\n${builderOutput}`);
  appOutDir = join(work, 'release', 'linux-unpacked');
}, 150_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('electron-builder.yml', () => {
  it('ran the afterPack hook', () => {
    expect(builderOutput).toContain('[flip-fuses] fuses flipped and verified for linux');
  });

  it('packs out/, the icons and package.json into app.asar, and no node_modules', () => {
    const files = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((file) =>
      file.replaceAll('\\', '/'),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        '/out/main/index.js',
        '/out/renderer/index.html',
        '/assets/icons/icon.png',
        '/package.json',
      ]),
    );
    expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
  });

  it('names the Linux executable and leaves its fuses as SECURITY.md A6 requires', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'inspection-workbench'));
    expect(checkFuseWire(wire, 'linux')).toEqual({ mismatches: [], unknownFuses: [] });
  });
});
