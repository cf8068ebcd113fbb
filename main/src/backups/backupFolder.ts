/**
 * The automatic backup folder in the user data directory: the renderer hands over a finished package
 * and main writes it there, keeping only the newest N. File names come from the renderer, so they are
 * checked to be plain names (the contract also rejects separators) and the resolved path is verified.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';

/**
 * `workbench-backup-<timestamp>.iwpkg`. The timestamp may use digits, `T`, `Z`, `-` and `.` but no
 * colon: a colon is not allowed in Windows file names (it names an NTFS stream), so an ISO time
 * must be written with `-` in place of `:`. Names sort by time, which is how "newest" is decided.
 */
export const BACKUP_FILE_PATTERN = /^workbench-backup-[0-9TZ.-]+\.iwpkg$/;

/** Suffix of a backup still being written; it never matches the pattern, so retention ignores it. */
const PARTIAL_SUFFIX = '.partial';

export async function writeBackup(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
  keep: number,
): Promise<{ location: string; removed: string[] }> {
  if (basename(fileName) !== fileName || !BACKUP_FILE_PATTERN.test(fileName)) {
    throw new Error(`"${fileName}" is not a backup file name`);
  }
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep must be a whole number of at least 1, not ${keep}`);
  const root = resolve(folder);
  const target = resolve(root, fileName);
  if (!target.startsWith(root + sep)) throw new Error('backup path escapes the backup folder');
  await mkdir(root, { recursive: true });
  // Write then rename: a crash mid-write leaves a .partial file, never a truncated backup that would
  // count towards `keep` and push a good one out.
  const partial = `${target}${PARTIAL_SUFFIX}`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  // The backup just written always stays, even if its name sorts before older ones (a clock set
  // back): deleting it would report a location that no longer exists.
  const others = (await readdir(root)).filter((name) => name !== fileName && BACKUP_FILE_PATTERN.test(name)).sort();
  const excess = others.slice(0, Math.max(0, others.length - (keep - 1)));
  for (const old of excess) await rm(join(root, old));
  return { location: target, removed: excess };
}
