/**
 * The preload is a contract, not a place for logic: it exposes exactly the IPC channels named in
 * shared/ipc on `window.workbench`, and the menu command events. Validation happens in main (for
 * arguments) and in the renderer's Electron platform (for results).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isInvokeChannel, MENU_COMMAND_CHANNEL } from '@shared/ipc/channels';
import type { WorkbenchBridge } from '@shared/ipc/contract';

const bridge: WorkbenchBridge = {
  invoke(channel, args) {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown IPC channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, args);
  },
  onMenuCommand(listener) {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
