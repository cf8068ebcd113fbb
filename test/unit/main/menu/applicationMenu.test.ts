/**
 * The application menu: File, Edit, View and Help; each workbench item sends its own menu command;
 * the packaged app has no devtools or reload items.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, MenuCommandSchema, type MenuCommand } from '@shared/ipc/menuCommands';
import { applicationMenuTemplate } from '../../../../main/src/menu/applicationMenu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const topLabels = (items: readonly MenuItemConstructorOptions[]) =>
  items.filter((item) => item.label).map((item) => item.label?.replace('&', ''));

const click = (item: MenuItemConstructorOptions) => item.click?.({} as MenuItem, undefined, {});

describe('applicationMenuTemplate', () => {
  it('has File, Edit, View and Help, in that order', () => {
    expect(topLabels(applicationMenuTemplate(vi.fn(), { isMac: false, isPackaged: true }))).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('starts with the app menu on macOS', () => {
    const template = applicationMenuTemplate(vi.fn(), { isMac: true, isPackaged: true });
    expect(template[0]?.role).toBe('appMenu');
    expect(topLabels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each(MenuCommandSchema.options)('sends %s when its item is clicked', (command: MenuCommand) => {
    const send = vi.fn();
    const items = flatten(applicationMenuTemplate(send, { isMac: false, isPackaged: true }));
    const matching = items.filter((item) => item.label === MENU_COMMANDS[command].label);
    expect(matching).toHaveLength(1);
    const [item] = matching;
    if (!item) return;
    expect(item.accelerator).toBe(MENU_COMMANDS[command].accelerator);
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('puts the workbench commands in File and Help', () => {
    const send = vi.fn();
    const template = applicationMenuTemplate(send, { isMac: false, isPackaged: true });
    const commandsIn = (label: string) => {
      send.mockClear();
      const menu = template.find((item) => item.label === label);
      for (const item of Array.isArray(menu?.submenu) ? menu.submenu : []) click(item);
      return send.mock.calls.map(([command]) => command as MenuCommand);
    };
    expect(commandsIn('&File')).toEqual(['new-inspection', 'go-to-inspections', 'import-package', 'export-everything']);
    expect(commandsIn('&Help')).toEqual(['show-keyboard-shortcuts', 'show-about']);
  });

  it('has no devtools or reload in the packaged app', () => {
    for (const isMac of [true, false]) {
      const roles = flatten(applicationMenuTemplate(vi.fn(), { isMac, isPackaged: true })).map((item) => item.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
    }
  });

  it('offers devtools and reload when unpackaged', () => {
    const roles = flatten(applicationMenuTemplate(vi.fn(), { isMac: false, isPackaged: false })).map(
      (item) => item.role,
    );
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it('quits from File on Windows and Linux, and closes the window on macOS', () => {
    const fileRoles = (isMac: boolean) =>
      flatten(
        applicationMenuTemplate(vi.fn(), { isMac, isPackaged: true }).filter((item) => item.label === '&File'),
      ).map((item) => item.role);
    expect(fileRoles(false)).toContain('quit');
    expect(fileRoles(true)).toContain('close');
  });
});
