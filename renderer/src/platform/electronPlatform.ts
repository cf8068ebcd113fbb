/**
 * The Electron implementation of the platform bridge: every call goes through the preload's
 * `window.workbench.invoke`, and every result is validated against the shared IPC contract.
 */
import type { InvokeChannel } from '@shared/ipc/channels';
import { ipcContract, type IpcArgs, type IpcResult, type WorkbenchBridge } from '@shared/ipc/contract';
import { MenuCommandSchema } from '@shared/ipc/menuCommands';
import type { Platform } from './Platform';

export function createElectronPlatform(bridge: WorkbenchBridge): Platform {
  async function call<C extends InvokeChannel>(channel: C, args: IpcArgs<C>): Promise<IpcResult<C>> {
    const raw = await bridge.invoke(channel, args);
    return ipcContract[channel].result.parse(raw) as IpcResult<C>;
  }

  return {
    kind: 'electron',
    appInfo: () => call('app:getInfo', {}),
    async saveFile(suggestedName, bytes, filters) {
      const result = await call('file:save', { suggestedName, bytes, ...(filters ? { filters } : {}) });
      return result.saved
        ? { saved: true, ...(result.location ? { location: result.location } : {}) }
        : { saved: false };
    },
    pickFiles: (options) => call('file:pick', options),
    secrets: {
      status: () => call('secret:status', {}),
      get: (key) => call('secret:get', { key }),
      async set(key, value) {
        await call('secret:set', { key, value });
      },
      async delete(key) {
        return (await call('secret:delete', { key })).deleted;
      },
    },
    openExternal: (url) => call('link:openExternal', { url }),
    onMenuCommand(listener) {
      return bridge.onMenuCommand((raw) => {
        const parsed = MenuCommandSchema.safeParse(raw);
        if (parsed.success) listener(parsed.data);
      });
    },
    writeBackup: (fileName, bytes, keep) => call('backup:write', { fileName, bytes, keep }),
    async restartLocked() {
      // Main marks itself locked and reloads this page; a reload started here would be refused as
      // a navigation. Only if main cannot be told is the page's own reload tried.
      try {
        await call('lock:set', { locked: true });
      } catch (error) {
        console.warn('Could not tell the shell the workbench locked:', error);
        window.location.reload();
      }
    },
    async reportUnlocked() {
      await call('lock:set', { locked: false });
    },
  };
}
