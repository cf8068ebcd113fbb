/**
 * The platform bridge: the one interface features use for anything the desktop shell and the browser
 * do differently. Two implementations: electronPlatform (the preload API) and browserPlatform (web
 * APIs). Features never look at `window.workbench` themselves.
 */
import type { MenuCommand } from '@shared/ipc/menuCommands';

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'browser';
  electron?: string | undefined;
  chrome?: string | undefined;
  node?: string | undefined;
  platform: string;
  userDataPath?: string | undefined;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type PickedFile = { ok: true; name: string; bytes: Uint8Array } | { ok: false; name: string; reason: string };

export type SaveResult = { saved: true; location?: string } | { saved: false };

export type SecretStoreStatus = { available: true; backend: string } | { available: false; reason: string };

export interface SecretStore {
  status(): Promise<SecretStoreStatus>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<boolean>;
}

export type OpenLinkResult = { opened: true } | { opened: false; reason: string };

export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  saveFile(suggestedName: string, bytes: Uint8Array, filters?: FileFilter[]): Promise<SaveResult>;
  pickFiles(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<PickedFile[]>;
  readonly secrets: SecretStore;
  openExternal(url: string): Promise<OpenLinkResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * The workbench has locked and dropped its key: start the page again so nothing decrypted stays in
   * memory or on screen (SECURITY.md B4). The shell is told first, so it refuses data-bearing calls.
   */
  restartLocked(): Promise<void>;
  /** The workbench has been unlocked; the shell serves data-bearing calls again. */
  reportUnlocked(): Promise<void>;
  /** Keeps an automatic backup package where the shell can (Electron: user data folder). */
  writeBackup?(fileName: string, bytes: Uint8Array, keep: number): Promise<{ location: string; removed: string[] }>;
}
