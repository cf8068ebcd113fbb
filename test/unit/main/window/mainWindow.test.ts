/**
 * createMainWindow hands the secure preferences to BrowserWindow and loads the bundle from app://
 * when packaged, never a dev server URL (SECURITY.md A1, A2). BrowserWindow is a fake class here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../../../main/src/window/mainWindow';

const created = vi.hoisted(() => [] as FakeBrowserWindow[]);

interface FakeBrowserWindow {
  options: BrowserWindowConstructorOptions;
  loadURL: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  readyToShow: (() => void) | undefined;
}

// Hoisted above the imports by vitest, so mainWindow.ts gets this class instead of Electron's.
vi.mock('electron', () => {
  class BrowserWindow implements FakeBrowserWindow {
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    readyToShow: (() => void) | undefined;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this);
    }
    once(event: string, listener: () => void): this {
      if (event === 'ready-to-show') this.readyToShow = listener;
      return this;
    }
  }
  return { BrowserWindow };
});

function open(isPackaged: boolean, devServerUrl: string | undefined): FakeBrowserWindow {
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', isPackaged, devServerUrl, iconPath: '/icon.png' });
  const window = created.at(-1);
  if (!window) throw new Error('no BrowserWindow was created');
  return window;
}

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates exactly one window with the secure web preferences', () => {
    const window = open(true, undefined);
    expect(created).toHaveLength(1);
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads app://bundle/index.html when packaged, even if a dev server URL is set', () => {
    const window = open(true, 'http://localhost:5173');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
  });

  it('loads app://bundle/index.html unpackaged when no dev server runs', () => {
    expect(open(false, undefined).loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
  });

  it('uses the dev server only when unpackaged, with devtools available', () => {
    const window = open(false, 'http://localhost:5173');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173');
    expect(window.options.webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until the first paint is ready', () => {
    const window = open(true, undefined);
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.readyToShow?.();
    expect(window.show).toHaveBeenCalledOnce();
  });
});
