/**
 * The automatic backup folder: keeps the newest N backups, never deletes other files or the backup it
 * has just written, and refuses names that are not backup names (the renderer chooses them).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FILE_PATTERN, writeBackup } from '../../../../main/src/backups/backupFolder';

const name = (day: number) => `workbench-backup-2025-01-${String(day).padStart(2, '0')}T10-00-00.000Z.iwpkg`;

describe('writeBackup', () => {
  let parent: string;
  let folder: string;

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'backups-'));
    folder = join(parent, 'backups');
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('creates the folder and writes the bytes', async () => {
    const result = await writeBackup(folder, name(1), new Uint8Array([1, 2, 3]), 3);
    expect(result).toEqual({ location: join(folder, name(1)), removed: [] });
    expect([...(await readFile(join(folder, name(1))))]).toEqual([1, 2, 3]);
  });

  it('keeps the newest N and reports the ones it removed', async () => {
    for (const day of [1, 2, 3, 4]) await writeBackup(folder, name(day), new Uint8Array([day]), 3);
    const result = await writeBackup(folder, name(5), new Uint8Array([5]), 3);
    expect(result.removed).toEqual([name(2)]);
    expect((await readdir(folder)).sort()).toEqual([name(3), name(4), name(5)]);
  });

  it('can shrink to a smaller N in one write', async () => {
    for (const day of [1, 2, 3, 4]) await writeBackup(folder, name(day), new Uint8Array([day]), 10);
    const result = await writeBackup(folder, name(5), new Uint8Array([5]), 2);
    expect(result.removed).toEqual([name(1), name(2), name(3)]);
    expect((await readdir(folder)).sort()).toEqual([name(4), name(5)]);
  });

  it('never removes the backup it has just written, even if its name sorts first', async () => {
    for (const day of [10, 11]) await writeBackup(folder, name(day), new Uint8Array([day]), 2);
    const result = await writeBackup(folder, name(1), new Uint8Array([1]), 2);
    expect(result.removed).toEqual([name(10)]);
    expect((await readdir(folder)).sort()).toEqual([name(1), name(11)]);
  });

  it('leaves files that are not backups alone', async () => {
    await writeBackup(folder, name(1), new Uint8Array([1]), 1);
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await writeBackup(folder, name(2), new Uint8Array([2]), 1);
    expect((await readdir(folder)).sort()).toEqual(['notes.txt', name(2)].sort());
  });

  it('leaves no partial file behind', async () => {
    await writeBackup(folder, name(1), new Uint8Array(1024), 2);
    expect(await readdir(folder)).toEqual([name(1)]);
  });

  it.each([
    '../workbench-backup-2025-01-01T10-00-00.000Z.iwpkg',
    'sub/workbench-backup-2025-01-01T10-00-00.000Z.iwpkg',
    'workbench-backup-2025-01-01T10-00-00.000Z.iwpkg/../../evil.iwpkg',
    '/etc/workbench-backup-1.iwpkg',
    'workbench-backup-2025-01-01T10:00:00.000Z.iwpkg',
    'workbench-backup-.iwpkg',
    'workbench-backup-1.iwpkg.exe',
    'evil.txt',
    '',
  ])('refuses the name %j and writes nothing', async (bad) => {
    await expect(writeBackup(folder, bad, new Uint8Array([1]), 3)).rejects.toThrow(/not a backup file name/);
    await expect(readdir(folder)).rejects.toThrow();
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses keep = %s', async (keep) => {
    await expect(writeBackup(folder, name(1), new Uint8Array([1]), keep)).rejects.toThrow(/keep/);
  });
});

describe('BACKUP_FILE_PATTERN', () => {
  it('accepts an ISO time with the colons replaced, which every OS allows', () => {
    expect(BACKUP_FILE_PATTERN.test(`workbench-backup-${new Date(0).toISOString().replaceAll(':', '-')}.iwpkg`)).toBe(
      true,
    );
  });

  it('refuses a colon, which Windows does not allow in a file name', () => {
    expect(BACKUP_FILE_PATTERN.test(`workbench-backup-${new Date(0).toISOString()}.iwpkg`)).toBe(false);
  });
});
