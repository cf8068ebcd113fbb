/**
 * The implementations behind the IPC contract. Each is small and receives only validated arguments
 * (see validatedIpc.ts); OS services are passed in so the handlers can be tested with fakes.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { MAX_IPC_FILE_BYTES } from '@shared/ipc/contract';
import { writeBackup } from '../../backups/backupFolder';
import type { SecretStore } from '../../secrets/secretStore';
import type { LockGate } from '../../security/lockGate';
import { checkExternalLink } from '@shared/security/externalLinks';
import type { IpcHandlers } from '../validatedIpc';

export interface HandlerDeps {
  appName: string;
  appVersion: string;
  userDataPath: string;
  backupFolder: string;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openExternal'>;
  secrets: SecretStore;
  lockGate: LockGate;
  window(): BrowserWindow | null;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'app:getInfo': () => ({
      name: deps.appName,
      version: deps.appVersion,
      shell: 'electron',
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
      platform: process.platform,
      userDataPath: deps.userDataPath,
    }),

    'file:save': async ({ suggestedName, bytes, filters }) => {
      const window = deps.window();
      const options = { defaultPath: suggestedName, ...(filters ? { filters } : {}) };
      const choice = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, bytes);
      return { saved: true, location: choice.filePath };
    },

    'file:pick': async ({ title, filters, multiple }) => {
      const window = deps.window();
      const options = {
        title,
        filters,
        properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const),
      };
      const choice = window
        ? await deps.dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
        : await deps.dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      if (choice.canceled) return [];
      return Promise.all(choice.filePaths.map(readPickedFile));
    },

    'secret:status': () => deps.secrets.status(),
    'secret:get': ({ key }) => deps.secrets.get(key),
    'secret:set': async ({ key, value }) => {
      await deps.secrets.set(key, value);
      return { stored: true };
    },
    'secret:delete': async ({ key }) => ({ deleted: await deps.secrets.delete(key) }),

    'link:openExternal': async ({ url }) => {
      const decision = checkExternalLink(url);
      if (!decision.allowed) return { opened: false, reason: decision.reason };
      await deps.shell.openExternal(decision.url);
      return { opened: true };
    },

    'backup:write': ({ fileName, bytes, keep }) => writeBackup(deps.backupFolder, fileName, bytes, keep),

    'lock:set': ({ locked }, event) => {
      const decision = deps.lockGate.claim(locked);
      if (!decision.allowed) throw new Error(`The workbench stays locked: ${decision.reason}.`);
      // Main reloads the page itself: a reload the page starts is a navigation, which the navigation
      // guard refuses. After answering, so the renderer's call settles before its document goes.
      if (locked) setTimeout(() => event.sender.reload(), 0);
      return { locked };
    },
  };
}

async function readPickedFile(path: string) {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false as const, name, reason: 'not a regular file' };
    if (info.size > MAX_IPC_FILE_BYTES) {
      return { ok: false as const, name, reason: `larger than the ${MAX_IPC_FILE_BYTES / 1024 / 1024} MB limit` };
    }
    return { ok: true as const, name, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { ok: false as const, name, reason: `could not be read (${(error as Error).message})` };
  }
}
