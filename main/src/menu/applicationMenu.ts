/**
 * The application menu: File, Edit, View, Help with the usual accelerators. Items that act on the
 * workbench send a validated menu command to the renderer; editing and zoom use Electron's roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc/menuCommands';

export function applicationMenuTemplate(
  send: (command: MenuCommand) => void,
  options: { isMac: boolean; isPackaged: boolean },
): MenuItemConstructorOptions[] {
  const command = (name: MenuCommand): MenuItemConstructorOptions => {
    const { label, accelerator } = MENU_COMMANDS[name];
    return { label, ...(accelerator ? { accelerator } : {}), click: () => send(name) };
  };
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('new-inspection'),
        command('go-to-inspections'),
        { type: 'separator' },
        command('import-package'),
        command('export-everything'),
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    {
      label: '&Help',
      submenu: [command('show-keyboard-shortcuts'), command('show-about')],
    },
  ];
}
