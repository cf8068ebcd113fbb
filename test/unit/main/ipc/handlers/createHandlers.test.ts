/**
 * The IPC handlers with fake OS services: links outside the allowlist never reach shell.openExternal,
 * picked files are reported one by one (too large, unreadable, not a file) while good ones are read,
 * and every result satisfies the contract the renderer validates against.
 */
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ipcContract, MAX_IPC_FILE_BYTES } from '@shared/ipc/contract';
import { createHandlers, type HandlerDeps } from '../../../../../main/src/ipc/handlers/createHandlers';
import { SecretStore } from '../../../../../main/src/secrets/secretStore';
import { LockGate } from '../../../../../main/src/security/lockGate';

const event = {} as IpcMainInvokeEvent;

let folder: string;

/** `picked` and `savedTo` are what the user chooses in the dialogs; null means Cancel. */
function setup(options: { window?: BrowserWindow; picked?: string[] | null; savedTo?: string | null } = {}) {
  const { picked = null, savedTo = null } = options;
  const showOpenDialog = vi.fn(() =>
    Promise.resolve(picked === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: picked }),
  );
  const showSaveDialog = vi.fn(() =>
    Promise.resolve(savedTo === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: savedTo }),
  );
  const openExternal = vi.fn(() => Promise.resolve());
  const safeStorage = {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (sealed: Buffer) => sealed.toString(),
  };
  const deps: HandlerDeps = {
    appName: 'Inspection Workbench',
    appVersion: '0.1.0',
    userDataPath: folder,
    backupFolder: join(folder, 'backups'),
    dialog: { showOpenDialog, showSaveDialog },
    shell: { openExternal },
    secrets: new SecretStore(safeStorage, join(folder, 'secrets.json'), 'darwin'),
    lockGate: new LockGate(() => undefined),
    window: () => options.window ?? null,
  };
  return { handlers: createHandlers(deps), showOpenDialog, showSaveDialog, openExternal };
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'handlers-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("'link:openExternal'", () => {
  it.each([
    'https://evil.example/',
    'https://www.gov.uk.evil.com/',
    'http://www.gov.uk/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://user:pw@www.gov.uk/',
  ])('refuses %s without calling shell.openExternal', async (url) => {
    const { handlers, openExternal } = setup();
    const result = await handlers['link:openExternal']({ url }, event);
    expect(result.opened).toBe(false);
    expect(ipcContract['link:openExternal'].result.parse(result)).toEqual(result);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens an allowlisted https link in the system browser', async () => {
    const { handlers, openExternal } = setup();
    expect(await handlers['link:openExternal']({ url: 'https://www.gov.uk/guidance' }, event)).toEqual({
      opened: true,
    });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.uk/guidance');
  });
});

describe("'file:pick'", () => {
  const args = { title: 'Add photos', filters: [{ name: 'Images', extensions: ['jpg'] }], multiple: true };

  it('reads good files and reports oversize, missing and non-file entries one by one', async () => {
    const good = join(folder, 'good.jpg');
    const huge = join(folder, 'huge.jpg');
    const folderEntry = join(folder, 'folder.jpg');
    await writeFile(good, new Uint8Array([0xff, 0xd8, 0xff]));
    await writeFile(huge, '');
    await truncate(huge, MAX_IPC_FILE_BYTES + 1); // sparse: costs no disk space
    await mkdir(folderEntry);
    const missing = join(folder, 'gone.jpg');

    const { handlers, showOpenDialog } = setup({ picked: [good, huge, missing, folderEntry] });
    const result = await handlers['file:pick'](args, event);

    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ title: 'Add photos', properties: ['openFile', 'multiSelections'] }),
    );
    expect(result[0]).toEqual({ ok: true, name: 'good.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) });
    const refusals = result.slice(1).map((file) => [file.name, file.ok ? 'read' : file.reason]);
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toEqual(['huge.jpg', 'larger than the 512 MB limit']);
    expect(refusals[1]?.[0]).toBe('gone.jpg');
    expect(refusals[1]?.[1]).toMatch(/^could not be read \(ENOENT/);
    expect(refusals[2]).toEqual(['folder.jpg', 'not a regular file']);
    expect(ipcContract['file:pick'].result.parse(result)).toHaveLength(4);
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const { handlers } = setup({ picked: null });
    expect(await handlers['file:pick']({ ...args, multiple: false }, event)).toEqual([]);
  });

  it('asks for one file when multiple is false, as a child of the main window', async () => {
    const window = {} as BrowserWindow;
    const { handlers, showOpenDialog } = setup({ picked: [], window });
    await handlers['file:pick']({ ...args, multiple: false }, event);
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(
      window,
      expect.objectContaining({ properties: ['openFile'] }),
    );
  });
});

describe("'file:save'", () => {
  it('writes the bytes where the user chose', async () => {
    const target = join(folder, 'report.pdf');
    const { handlers } = setup({ savedTo: target });
    const result = await handlers['file:save']({ suggestedName: 'report.pdf', bytes: new Uint8Array([37, 80]) }, event);
    expect(result).toEqual({ saved: true, location: target });
    expect([...(await readFile(target))]).toEqual([37, 80]);
  });

  it('writes nothing when cancelled', async () => {
    const { handlers } = setup({ savedTo: null });
    expect(await handlers['file:save']({ suggestedName: 'report.pdf', bytes: new Uint8Array([1]) }, event)).toEqual({
      saved: false,
    });
  });
});

describe('the other handlers', () => {
  it("'app:getInfo' reports the Electron shell in the contract's shape", async () => {
    const { handlers } = setup();
    const info = await handlers['app:getInfo']({}, event);
    expect(info).toMatchObject({
      name: 'Inspection Workbench',
      version: '0.1.0',
      shell: 'electron',
      userDataPath: folder,
    });
    expect(ipcContract['app:getInfo'].result.parse(info)).toEqual(info);
  });

  it('round-trips a secret through the secret handlers', async () => {
    const { handlers } = setup();
    expect(await handlers['secret:status']({}, event)).toEqual({ available: true, backend: 'keychain' });
    expect(await handlers['secret:set']({ key: 'gateway.token', value: 'v' }, event)).toEqual({ stored: true });
    expect(await handlers['secret:get']({ key: 'gateway.token' }, event)).toBe('v');
    expect(await handlers['secret:delete']({ key: 'gateway.token' }, event)).toEqual({ deleted: true });
    expect(await handlers['secret:get']({ key: 'gateway.token' }, event)).toBeNull();
  });

  it("'backup:write' writes into the backup folder", async () => {
    const { handlers } = setup();
    const fileName = 'workbench-backup-2025-01-01T10-00-00.000Z.iwpkg';
    const result = await handlers['backup:write']({ fileName, bytes: new Uint8Array([1]), keep: 2 }, event);
    expect(result).toEqual({ location: join(folder, 'backups', fileName), removed: [] });
  });
});
