/**
 * Creates the one main window with the secure preferences and loads the renderer from `app://`
 * (or electron-vite's dev server when running unpackaged).
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../security/appOrigin';
import { secureWebPreferences } from '../security/webPreferences';

export interface MainWindowOptions {
  preloadPath: string;
  isPackaged: boolean;
  devServerUrl: string | undefined;
  iconPath: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Inspection Workbench',
    icon: options.iconPath,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, options.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  const url = !options.isPackaged && options.devServerUrl ? options.devServerUrl : APP_ENTRY_URL;
  void window.loadURL(url);
  return window;
}
