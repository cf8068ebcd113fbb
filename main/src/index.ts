/**
 * Electron main process: the app's lifecycle and the wiring of its security decisions. Each decision
 * lives in its own module under security/; this file only connects them in the right order.
 */
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { MENU_COMMAND_CHANNEL } from '@shared/ipc/channels';
import type { MenuCommand } from '@shared/ipc/menuCommands';
import { createHandlers } from './ipc/handlers/createHandlers';
import { registerValidatedHandlers } from './ipc/validatedIpc';
import { applicationMenuTemplate } from './menu/applicationMenu';
import { APP_SCHEME_PRIVILEGES, serveBundleRequest } from './protocol/appProtocol';
import { SecretStore } from './secrets/secretStore';
import { APP_SCHEME, trustedRendererOrigins } from './security/appOrigin';
import { LockGate, lockOnNewDocument } from './security/lockGate';
import { guardNavigation } from './security/navigationGuard';
import { applyPermissionPolicy } from './security/permissions';
import { createMainWindow } from './window/mainWindow';

const log = (message: string) => console.warn(`[workbench] ${message}`);

// Must happen before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Two instances would hold two connections to one IndexedDB and block each other's upgrades (A9).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
  const trustedOrigins = trustedRendererOrigins(devServerUrl, app.isPackaged);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { openExternal: (url) => shell.openExternal(url), log });
  });

  void app.whenReady().then(() => {
    const rendererRoot = join(import.meta.dirname, '../renderer');
    protocol.handle(APP_SCHEME, (request) => serveBundleRequest(request, rendererRoot));
    applyPermissionPolicy(session.defaultSession, trustedOrigins);

    const secrets = new SecretStore(safeStorage, join(app.getPath('userData'), 'secrets.json'), process.platform);
    const lockGate = new LockGate(log);
    registerValidatedHandlers(
      ipcMain,
      createHandlers({
        appName: app.getName(),
        appVersion: app.getVersion(),
        userDataPath: app.getPath('userData'),
        backupFolder: join(app.getPath('userData'), 'backups'),
        dialog,
        shell,
        secrets,
        lockGate,
        window: () => mainWindow,
      }),
      trustedOrigins,
      log,
      lockGate,
    );

    const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenuTemplate(send, { isMac: process.platform === 'darwin', isPackaged: app.isPackaged }),
      ),
    );

    mainWindow = createMainWindow({
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      isPackaged: app.isPackaged,
      devServerUrl,
      iconPath: join(import.meta.dirname, '../../assets/icons/icon.png'),
    });
    // One window (A9), so one lock: every document it loads starts locked.
    lockOnNewDocument(mainWindow.webContents, lockGate);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
