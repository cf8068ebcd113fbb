/**
 * The desktop app's automatic daily backup: once a day, an encrypted package of everything
 * (packages/backupPackage.ts) goes to the backups folder in the user data directory, keeping the
 * newest seven. The browser has no such folder, so there the platform offers no `writeBackup` and
 * nothing happens. The packaging code (zip, deflate) is loaded only when a backup is due, so it is not
 * part of what the app loads to start.
 */
import { useEffect } from 'react';
import { useData } from '../../db/DataContext';
import { usePlatform } from '../../platform/PlatformContext';

const LAST_BACKUP_KEY = 'last-automatic-backup';
const DAY_MS = 24 * 60 * 60 * 1000;
const KEEP = 7;

export function backupFileName(date: Date): string {
  return `workbench-backup-${date
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.iwpkg`;
}

export function useDailyBackup(): void {
  const { store, session, profile, packageKeys } = useData();
  const platform = usePlatform();
  useEffect(() => {
    if (!platform.writeBackup) return;
    const writeBackup = (name: string, bytes: Uint8Array) => platform.writeBackup?.(name, bytes, KEEP);
    let cancelled = false;
    void (async () => {
      const last = await store.getMeta<string>(LAST_BACKUP_KEY);
      const now = new Date();
      if (cancelled || (last && now.getTime() - Date.parse(last) < DAY_MS)) return;
      try {
        const { buildBackupPackage } = await import('../../packages/backupPackage');
        const bytes = await buildBackupPackage(store, session.actor, profile.device.id, packageKeys, now);
        await writeBackup(backupFileName(now), bytes);
        await store.setMeta(LAST_BACKUP_KEY, now.toISOString());
      } catch (error) {
        // A failed backup must not stop work; it is retried at the next start.
        console.warn('Automatic backup failed:', error);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [store, session, profile, platform, packageKeys]);
}
