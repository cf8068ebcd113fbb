/**
 * Commands the application menu (Electron) or the keyboard (browser) sends to the renderer, with
 * their shortcuts. One table feeds the native menu, the browser's key handling and the Help screen.
 * The renderer validates every command before acting on it, like every message across IPC.
 */
import { z } from 'zod';

export const MenuCommandSchema = z.enum([
  'go-to-inspections',
  'new-inspection',
  'import-package',
  'export-everything',
  'show-about',
  'show-keyboard-shortcuts',
]);

export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export interface MenuCommandInfo {
  label: string;
  /** Electron accelerator in the native menu. */
  accelerator?: string;
  /** The same command in the browser build, where Ctrl+N and friends belong to the browser. */
  browserKey?: { key: string; alt: boolean; shift: boolean; ctrl: boolean };
}

export const MENU_COMMANDS: Readonly<Record<MenuCommand, MenuCommandInfo>> = {
  'new-inspection': {
    label: 'New inspection',
    accelerator: 'CmdOrCtrl+N',
    browserKey: { key: 'n', alt: true, shift: true, ctrl: false },
  },
  'go-to-inspections': {
    label: 'Inspections',
    accelerator: 'CmdOrCtrl+Shift+H',
    browserKey: { key: 'h', alt: true, shift: true, ctrl: false },
  },
  'import-package': {
    label: 'Import inspection package…',
    accelerator: 'CmdOrCtrl+O',
    browserKey: { key: 'o', alt: true, shift: true, ctrl: false },
  },
  'export-everything': {
    label: 'Export everything…',
    accelerator: 'CmdOrCtrl+Shift+E',
    browserKey: { key: 'e', alt: true, shift: true, ctrl: false },
  },
  'show-keyboard-shortcuts': {
    label: 'Keyboard shortcuts',
    accelerator: 'F1',
    browserKey: { key: 'F1', alt: false, shift: false, ctrl: false },
  },
  'show-about': { label: 'About Inspection Workbench' },
};

/** Human-readable form of a browser shortcut, e.g. "Alt+Shift+N". */
export function describeBrowserKey(info: MenuCommandInfo): string | undefined {
  const key = info.browserKey;
  if (!key) return undefined;
  return [
    key.ctrl && 'Ctrl',
    key.alt && 'Alt',
    key.shift && 'Shift',
    key.key.length === 1 ? key.key.toUpperCase() : key.key,
  ]
    .filter(Boolean)
    .join('+');
}
