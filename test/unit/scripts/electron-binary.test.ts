/**
 * How `npm start` and the Electron e2e spec find the Electron binary without loading the electron
 * package (which would start a download), how they decide whether it can be fetched, and that
 * `npm start` offline stops at once with one message naming `npm run web`.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkElectronDownload,
  electronUnavailableMessage,
  findElectronBinary,
} from '../../../scripts/electron-binary.mjs';

const repoRoot = join(import.meta.dirname, '../../..');

let root: string;
let electronDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'electron-binary-'));
  electronDir = join(root, 'node_modules', 'electron');
  await mkdir(electronDir, { recursive: true });
  await writeFile(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function installBinary(executable = 'electron'): Promise<string> {
  await writeFile(join(electronDir, 'path.txt'), executable);
  await mkdir(join(electronDir, 'dist'), { recursive: true });
  const path = join(electronDir, 'dist', executable);
  await writeFile(path, '');
  return path;
}

describe('findElectronBinary', () => {
  it('reports a binary that was never downloaded (no path.txt)', () => {
    const result = findElectronBinary(root, {});
    expect(result).toEqual({
      found: false,
      version: '45.4.1',
      reason: expect.stringMatching(/path\.txt is missing/) as string,
    });
  });

  it('finds the binary named in path.txt under dist/', async () => {
    const path = await installBinary();
    expect(findElectronBinary(root, {})).toEqual({ found: true, path, version: '45.4.1' });
  });

  it('reports a dist folder that has gone', async () => {
    const path = await installBinary();
    await rm(join(electronDir, 'dist'), { recursive: true });
    const result = findElectronBinary(root, {});
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toContain(path);
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const dist = join(root, 'custom-dist');
    await mkdir(dist);
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }).found).toBe(false);
    await writeFile(join(dist, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({
      found: true,
      path: join(dist, 'electron'),
      version: '45.4.1',
    });
  });

  it('reports a missing electron package', async () => {
    await rm(electronDir, { recursive: true });
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      version: undefined,
      reason: expect.stringMatching(/npm ci/) as string,
    });
  });
});

describe('checkElectronDownload', () => {
  let server: Server | undefined;

  afterEach(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    server = undefined;
  });

  async function listen(): Promise<string> {
    server = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((ready) => server?.listen(0, '127.0.0.1', ready));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  const emptyCache = () => join(root, 'no-cache');

  it('says no when downloads are switched off', async () => {
    const result = await checkElectronDownload('45.4.1', {
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', electron_config_cache: emptyCache() },
    });
    expect(result).toEqual({ ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' });
  });

  it('says no, quickly, when the download host is unreachable', async () => {
    const closedPort = await listen();
    await new Promise((done) => server?.close(done));
    server = undefined;
    const started = Date.now();
    const result = await checkElectronDownload('45.4.1', {
      env: { ELECTRON_MIRROR: closedPort, electron_config_cache: emptyCache() },
      timeoutMs: 2000,
    });
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/cannot be reached \(ECONNREFUSED\)/) as string,
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says yes when the mirror answers, whatever the status', async () => {
    const mirror = await listen();
    const result = await checkElectronDownload('45.4.1', {
      env: { ELECTRON_MIRROR: mirror, electron_config_cache: emptyCache() },
    });
    expect(result).toEqual({ ok: true, how: `from ${mirror}` });
  });

  it('says yes offline when @electron/get has the zip in its cache', async () => {
    const cache = join(root, 'cache');
    await mkdir(join(cache, 'a1b2c3'), { recursive: true });
    await writeFile(join(cache, 'a1b2c3', 'electron-v45.4.1-linux-x64.zip'), '');
    const result = await checkElectronDownload('45.4.1', {
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', electron_config_cache: cache },
      platform: 'linux',
      arch: 'x64',
    });
    expect(result.ok).toBe(true);
  });
});

describe('npm start without Electron', () => {
  it('names the browser alternative', () => {
    expect(electronUnavailableMessage('no binary', 'offline')).toMatch(/no binary.*offline.*`npm run web`/s);
  });

  it('prints one message and exits non-zero before building anything', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'start.mjs')], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 20_000,
      env: {
        ...process.env,
        // Deterministic on every machine: no binary, no cache, no downloads.
        ELECTRON_OVERRIDE_DIST_PATH: join(root, 'nowhere'),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        electron_config_cache: join(root, 'no-cache'),
      },
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start the desktop app: .*ELECTRON_SKIP_BINARY_DOWNLOAD is set.*`npm run web`/);
  });
});
