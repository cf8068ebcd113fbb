/**
 * OS-backed unlock end to end, short of a real Electron: the renderer's Electron platform talks over a
 * fake bridge to main's real IPC gate, handlers, lock gate and secret store (safeStorage faked as a
 * real keychain, or as Linux's basic_text). Where the keychain is real, a passphrase unlock leaves a
 * copy of the data key there, and a locked workbench gets it back without the passphrase while every
 * other secret stays refused; basic_text and the browser never hold the key.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { WorkbenchBridge } from '@shared/ipc/contract';
import { createHandlers } from '../../../main/src/ipc/handlers/createHandlers';
import { dispatch } from '../../../main/src/ipc/validatedIpc';
import { SecretStore, type SafeStorageLike } from '../../../main/src/secrets/secretStore';
import { LockGate } from '../../../main/src/security/lockGate';
import { createBrowserPlatform } from '../../../renderer/src/platform/browserPlatform';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';
import { generateDataKey } from '../../../renderer/src/security/keyring';
import { guardPlatform, markLocked, markUnlocked } from '../../../renderer/src/security/lockState';
import { dataKeyFromOs, ensureOsCopy, osKeychainAvailable } from '../../../renderer/src/security/vault';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'os-unlock-'));
  markLocked();
});

afterEach(async () => {
  markLocked();
  await rm(folder, { recursive: true, force: true });
});

/** safeStorage as Electron reports it: sealed text is not the plain text, and only this fake opens it. */
function fakeSafeStorage(backend: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(`os:${Buffer.from(text).toString('hex')}`),
    decryptString: (sealed) => Buffer.from(sealed.toString().slice(3), 'hex').toString(),
  };
}

/** The renderer's guarded Electron platform wired to main as main/src/index.ts wires it. */
function desktop(platform: NodeJS.Platform, backend = 'gnome_libsecret') {
  const gate = new LockGate(() => undefined);
  const secrets = new SecretStore(fakeSafeStorage(backend), join(folder, 'secrets.json'), platform);
  const handlers = createHandlers({
    appName: 'Inspection Workbench',
    appVersion: '0.1.0',
    userDataPath: folder,
    backupFolder: join(folder, 'backups'),
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
    },
    shell: { openExternal: () => Promise.resolve() },
    secrets,
    lockGate: gate,
    window: () => null,
  });
  const reload = vi.fn();
  const event = { senderFrame: { url: 'app://bundle/index.html', parent: null }, sender: { reload } };
  const bridge: WorkbenchBridge = {
    invoke: (channel, args) =>
      dispatch(
        channel,
        event as unknown as IpcMainInvokeEvent,
        [args],
        handlers,
        ['app://bundle'],
        () => undefined,
        gate,
      ),
    onMenuCommand: () => () => undefined,
  };
  const unguarded = createElectronPlatform(bridge);
  return { platform: guardPlatform(unguarded), unguarded, secrets, gate };
}

async function unlockWith(platform: ReturnType<typeof desktop>['platform']) {
  await platform.reportUnlocked();
  markUnlocked(15);
}

describe('unlocking with the OS keychain', () => {
  it('keeps the data key in a real keychain and gives it back while locked, and nothing else', async () => {
    const { platform, unguarded, gate } = desktop('linux', 'gnome_libsecret');
    const dataKey = generateDataKey();
    await unlockWith(platform);
    await platform.secrets.set('gateway-token', 'eyJhbGciOi.secret');
    expect(await ensureOsCopy(platform, dataKey)).toBe(true);
    // The copy sits in main's file sealed by safeStorage, not as the key.
    const file = await readFile(join(folder, 'secrets.json'), 'utf8');
    expect(file).toContain('workbench-data-key');
    expect(file).not.toContain(btoa(String.fromCharCode(...dataKey)));

    markLocked();
    gate.claim(true);
    expect(await dataKeyFromOs(platform)).toEqual(dataKey);
    await expect(platform.secrets.get('gateway-token')).rejects.toThrow(/locked/);
    // Main refuses too, for a renderer that skips its own guard.
    await expect(unguarded.secrets.get('gateway-token')).rejects.toThrow(/the workbench is locked/);
  });

  it('keeps the key again when the kept copy was lost, and leaves a good copy alone', async () => {
    const { platform, secrets } = desktop('darwin');
    const dataKey = generateDataKey();
    await unlockWith(platform);
    expect(await ensureOsCopy(platform, dataKey)).toBe(true);
    const set = vi.spyOn(secrets, 'set');
    expect(await ensureOsCopy(platform, dataKey)).toBe(true);
    expect(set).not.toHaveBeenCalled();
    await secrets.delete('workbench-data-key');
    expect(await ensureOsCopy(platform, dataKey)).toBe(true);
    expect(set).toHaveBeenCalledOnce();
    expect(await dataKeyFromOs(platform)).toEqual(dataKey);
  });

  it('keeps no copy where safeStorage would only use basic_text', async () => {
    const { platform, secrets } = desktop('linux', 'basic_text');
    await unlockWith(platform);
    expect(await osKeychainAvailable(platform)).toBe(false);
    expect(await ensureOsCopy(platform, generateDataKey())).toBe(false);
    await expect(secrets.get('workbench-data-key')).rejects.toThrow(/fixed built-in password/);
  });

  it('keeps no copy in the browser, whose secret store sits beside the data', async () => {
    const platform = createBrowserPlatform();
    expect(await osKeychainAvailable(platform)).toBe(false);
    expect(await ensureOsCopy(platform, generateDataKey())).toBe(false);
  });
});
