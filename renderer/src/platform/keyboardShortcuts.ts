/**
 * In the browser build there is no native menu: the same commands are reached by the browser
 * shortcuts listed in shared/ipc/menuCommands.ts.
 */
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc/menuCommands';

export function menuCommandForKey(event: KeyboardEvent): MenuCommand | undefined {
  for (const [command, info] of Object.entries(MENU_COMMANDS) as [MenuCommand, (typeof MENU_COMMANDS)[MenuCommand]][]) {
    const key = info.browserKey;
    if (!key) continue;
    // With Alt held, event.key can be a symbol on some layouts; event.code names the physical key.
    const matchesKey =
      event.key.toLowerCase() === key.key.toLowerCase() || event.code === `Key${key.key.toUpperCase()}`;
    if (matchesKey && event.altKey === key.alt && event.shiftKey === key.shift && event.ctrlKey === key.ctrl) {
      return command;
    }
  }
  return undefined;
}
