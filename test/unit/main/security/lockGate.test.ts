/**
 * SECURITY.md B4 in main: while the workbench is locked, the IPC that carries data (the automatic
 * backup, stored secrets, saving files) is refused before its handler runs; the OS-kept data key and
 * the recovery export stay reachable because unlocking and recovery need them. Locking makes main
 * reload the page; a page that locked cannot claim to be unlocked until a new document has loaded.
 * Driven through the real gate, the real handlers and a fake ipcMain, with fake invoke events.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel } from '@shared/ipc/channels';
import { OS_DATA_KEY_SECRET } from '@shared/ipc/lockPolicy';
import { createHandlers } from '../../../../main/src/ipc/handlers/createHandlers';
import { registerValidatedHandlers, type IpcRegistrar } from '../../../../main/src/ipc/validatedIpc';
import { SecretStore } from '../../../../main/src/secrets/secretStore';
import { LockGate, lockOnNewDocument } from '../../../../main/src/security/lockGate';

const TRUSTED = ['app://bundle'];

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lock-gate-'));
  vi.useFakeTimers();
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

/** The main process as the app wires it: one gate for the handlers and for the window's documents. */
async function mainProcess() {
  const log = vi.fn<(message: string) => void>();
  const gate = new LockGate(log);
  const contents = new EventEmitter();
  lockOnNewDocument(contents, gate);
  const reload = vi.fn();
  const savedTo = join(folder, 'saved.zip');
  const safeStorage = {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => Buffer.from(text),
    decryptString: (sealed: Buffer) => sealed.toString(),
  };
  const secrets = new SecretStore(safeStorage, join(folder, 'secrets.json'), 'darwin');
  await secrets.set(OS_DATA_KEY_SECRET, 'a2V5');
  await secrets.set('gateway-token', 'eyJhbGciOi.secret');
  const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  const ipc: IpcRegistrar = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const handlers = createHandlers({
    appName: 'Inspection Workbench',
    appVersion: '0.1.0',
    userDataPath: folder,
    backupFolder: join(folder, 'backups'),
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath: savedTo }),
    },
    shell: { openExternal: () => Promise.resolve() },
    secrets,
    lockGate: gate,
    window: () => null,
  });
  registerValidatedHandlers(ipc, handlers, TRUSTED, log, gate);
  const event = { senderFrame: { url: 'app://bundle/index.html', parent: null }, sender: { reload } };
  const invoke = (channel: InvokeChannel, args: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(listener(event as unknown as IpcMainInvokeEvent, args));
  };
  return { gate, contents, reload, log, invoke };
}

const backup = { fileName: 'workbench-backup-20261125T090000Z.iwpkg', bytes: new Uint8Array([1, 2, 3]), keep: 7 };

describe('main while the workbench is locked', () => {
  it('starts locked and refuses data-bearing calls before their handlers run', async () => {
    const { gate, invoke, log } = await mainProcess();
    expect(gate.isLocked).toBe(true);
    await expect(invoke('secret:get', { key: 'gateway-token' })).rejects.toThrow(/locked/);
    await expect(invoke('secret:set', { key: 'gateway-token', value: 'x' })).rejects.toThrow(/locked/);
    await expect(invoke('secret:delete', { key: 'gateway-token' })).rejects.toThrow(/locked/);
    await expect(invoke('backup:write', backup)).rejects.toThrow(/locked/);
    await expect(invoke('file:save', { suggestedName: 'report.pdf', bytes: new Uint8Array(1) })).rejects.toThrow(
      /locked/,
    );
    await expect(readdir(folder)).resolves.not.toContain('backups');
    expect(log).toHaveBeenCalledWith('IPC backup:write rejected: the workbench is locked');
  });

  it('still hands out the OS-kept data key (unlocking needs it) and saves the recovery export', async () => {
    const { invoke } = await mainProcess();
    expect(await invoke('secret:get', { key: OS_DATA_KEY_SECRET })).toBe('a2V5');
    expect(await invoke('secret:status', {})).toEqual({ available: true, backend: 'keychain' });
    const recovery = {
      suggestedName: 'inspection-workbench-recovery-2026-11-25-0900Z-part2.zip',
      bytes: new Uint8Array(1),
    };
    expect(await invoke('file:save', recovery)).toMatchObject({ saved: true });
    await expect(
      invoke('file:save', { suggestedName: 'inspection-workbench-recovery-x.zip.exe', bytes: new Uint8Array(1) }),
    ).rejects.toThrow(/locked/);
  });

  it('serves everything once unlocked, and locking again shuts it and reloads the page', async () => {
    const { gate, invoke, reload } = await mainProcess();
    expect(await invoke('lock:set', { locked: false })).toEqual({ locked: false });
    expect(await invoke('secret:get', { key: 'gateway-token' })).toBe('eyJhbGciOi.secret');
    expect(await invoke('backup:write', backup)).toMatchObject({ removed: [] });

    expect(await invoke('lock:set', { locked: true })).toEqual({ locked: true });
    expect(gate.isLocked).toBe(true);
    await expect(invoke('secret:get', { key: 'gateway-token' })).rejects.toThrow(/locked/);
    // The reload comes after the answer, so the renderer's call settles first.
    expect(reload).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('refuses an unlock claim from a page that locked and did not reload', async () => {
    const { gate, invoke, log } = await mainProcess();
    await invoke('lock:set', { locked: false });
    await invoke('lock:set', { locked: true });
    await expect(invoke('lock:set', { locked: false })).rejects.toThrow(/must reload before it can unlock/);
    expect(gate.isLocked).toBe(true);
    expect(log).toHaveBeenCalledWith('refused an unlock claim from a page that had locked without reloading');
    await expect(invoke('backup:write', backup)).rejects.toThrow(/locked/);
  });

  it('starts every new document locked: a load, a reload or a crashed renderer', async () => {
    const { gate, contents, invoke } = await mainProcess();
    await invoke('lock:set', { locked: true });
    contents.emit('did-navigate');
    expect(gate.isLocked).toBe(true);
    expect(await invoke('lock:set', { locked: false })).toEqual({ locked: false });
    contents.emit('did-navigate');
    expect(gate.isLocked).toBe(true);
    await invoke('lock:set', { locked: false });
    contents.emit('render-process-gone');
    expect(gate.isLocked).toBe(true);
  });

  it('still rejects malformed lock claims at the schema', async () => {
    const { invoke } = await mainProcess();
    await expect(invoke('lock:set', { locked: 'no' })).rejects.toThrow(/invalid arguments/);
    await expect(invoke('lock:set', { locked: false, passphrase: 'x' })).rejects.toThrow(/invalid arguments/);
  });
});
