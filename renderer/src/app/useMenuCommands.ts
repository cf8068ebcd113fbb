/**
 * Turns menu commands (native menu in Electron, shortcuts in the browser) into navigation: every
 * command opens the screen that does it.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '@shared/ipc/menuCommands';
import { usePlatform } from '../platform/PlatformContext';

const ROUTES: Partial<Record<MenuCommand, string>> = {
  'go-to-inspections': '/',
  'new-inspection': '/inspections/new',
  'import-package': '/import',
  'export-everything': '/export',
  'show-about': '/about',
  'show-keyboard-shortcuts': '/help/shortcuts',
};

export function useMenuCommands(): void {
  const platform = usePlatform();
  const navigate = useNavigate();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const route = ROUTES[command];
        if (route) void navigate(route);
      }),
    [platform, navigate],
  );
}
