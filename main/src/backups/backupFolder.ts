/**
 * The automatic backup folder in the user data directory: the renderer hands over a finished package
 * and main writes it there, keeping only the newest N. File names come from the renderer, so they are
 * checked to be plain names (the contract also rejects separators) and the resolved path is verified.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';

export const BACKUP_FILE_PATTERN = /^workbench-backup-[0-9T:.\-Z]+\.iwpkg$/;

export async function writeBackup(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
  keep: number,
): Promise<{ location: string; removed: string[] }> {
  if (basename(fileName) !== fileName || !BACKUP_FILE_PATTERN.test(fileName)) {
    throw new Error(`"${fileName}" is not a backup file name`);
  }
  const root = resolve(folder);
  const target = resolve(root, fileName);
  if (!target.startsWith(root + sep)) throw new Error('backup path escapes the backup folder');
  await mkdir(root, { recursive: true });
  await writeFile(target, bytes);
  const backups = (await readdir(root)).filter((name) => BACKUP_FILE_PATTERN.test(name)).sort();
  const excess = backups.slice(0, Math.max(0, backups.length - keep));
  for (const old of excess) await rm(join(root, old));
  return { location: target, removed: excess };
}
