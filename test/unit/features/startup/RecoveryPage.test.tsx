/**
 * The recovery screen: it says the data could not be opened and that nothing was deleted, exports
 * what can be read through the platform's save dialog (part by part), and reports a cancelled save.
 * The raw export itself is tested on fake-indexeddb in test/unit/packages/rawExport.test.ts.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform, SaveResult } from '../../../../renderer/src/platform/Platform';
import { PlatformProvider } from '../../../../renderer/src/platform/PlatformContext';
import { DatabaseUnavailableError } from '../../../../renderer/src/db/storageErrors';
import { RecoveryPage } from '../../../../renderer/src/features/startup/RecoveryPage';
import type { RawExportOptions, RawExportSummary } from '../../../../renderer/src/packages/rawExport';

const exportRawDatabase = vi.hoisted(() => vi.fn<(options: RawExportOptions) => Promise<RawExportSummary>>());
vi.mock('../../../../renderer/src/packages/rawExport', () => ({ exportRawDatabase }));

function fakePlatform(saveFile: (name: string, bytes: Uint8Array) => Promise<SaveResult>): Platform {
  const unused = () => Promise.reject(new Error('not used here'));
  return {
    kind: 'browser',
    appInfo: unused,
    saveFile,
    pickFiles: unused,
    secrets: { status: unused, get: unused, set: unused, delete: unused },
    openExternal: unused,
    onMenuCommand: () => () => undefined,
    restartLocked: unused,
    reportUnlocked: unused,
  };
}

const summary: RawExportSummary = {
  databaseName: 'inspection-workbench',
  version: 20,
  stores: [{ name: 'changes', records: 12, unreadable: 0 }],
  blobs: 3,
  sealed: 15,
  plain: 0,
  unreadable: [{ store: 'blobs', key: 'ab12', reason: 'its photo bytes cannot be read (NotFoundError)' }],
  parts: 2,
};

function renderPage(saveFile: (name: string, bytes: Uint8Array) => Promise<SaveResult>) {
  render(
    <PlatformProvider platform={fakePlatform(saveFile)}>
      <RecoveryPage error={new DatabaseUnavailableError('UnknownError: Internal error opening backing store')} />
    </PlatformProvider>,
  );
}

describe('RecoveryPage', () => {
  beforeEach(() => {
    exportRawDatabase.mockReset();
  });

  it('explains what happened, that nothing was deleted, and what to do next, without a main element of its own', () => {
    renderPage(vi.fn());
    expect(screen.getByRole('heading', { level: 1, name: 'Your data could not be opened' })).toBeTruthy();
    expect(screen.getByText(/Internal error opening backing store/)).toBeTruthy();
    expect(screen.getByText(/^Nothing has been deleted\./)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to do next' })).toBeTruthy();
    expect(document.querySelector('main')).toBeNull();
  });

  it('saves each part of the export through the platform and reports what could not be read', async () => {
    const saveFile = vi.fn<(name: string, bytes: Uint8Array) => Promise<SaveResult>>(() =>
      Promise.resolve({ saved: true }),
    );
    exportRawDatabase.mockImplementation(async (options) => {
      options.onProgress?.({ store: 'changes', done: 12, total: 12 });
      await options.onPart({ fileName: 'recovery-part1.zip', bytes: new Uint8Array([1]) });
      await options.onPart({ fileName: 'recovery-part2.zip', bytes: new Uint8Array([2]) });
      return summary;
    });
    renderPage(saveFile);

    await userEvent.click(screen.getByRole('button', { name: 'Export everything that can still be read' }));

    expect(saveFile.mock.calls.map(([name]) => name)).toEqual(['recovery-part1.zip', 'recovery-part2.zip']);
    expect(await screen.findByText('Export saved in 2 files')).toBeTruthy();
    expect(screen.getByText(/12 records and 3 photo files were exported\. 1 could not be read/)).toBeTruthy();
    expect(screen.getByText(/blobs ab12: its photo bytes cannot be read/)).toBeTruthy();
  });

  it('stops when a save is cancelled and says what was already saved', async () => {
    const saveFile = vi
      .fn<(name: string, bytes: Uint8Array) => Promise<SaveResult>>()
      .mockResolvedValueOnce({ saved: true })
      .mockResolvedValueOnce({ saved: false });
    exportRawDatabase.mockImplementation(async (options) => {
      await options.onPart({ fileName: 'recovery-part1.zip', bytes: new Uint8Array([1]) });
      await options.onPart({ fileName: 'recovery-part2.zip', bytes: new Uint8Array([2]) });
      return summary;
    });
    renderPage(saveFile);

    await userEvent.click(screen.getByRole('button', { name: 'Export everything that can still be read' }));

    expect(
      await screen.findByText(
        'Export stopped because saving was cancelled. 1 file had already been saved; export again to get the rest.',
      ),
    ).toBeTruthy();
  });

  it('shows why an export failed', async () => {
    exportRawDatabase.mockRejectedValue(new Error('The database cannot be opened even to read it (UnknownError).'));
    renderPage(vi.fn());

    await userEvent.click(screen.getByRole('button', { name: 'Export everything that can still be read' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The export could not be completed: The database cannot be opened even to read it (UnknownError).',
    );
  });
});
