/**
 * The desktop bridge's part in locking: locking asks main (which reloads the page itself, since the
 * navigation guard refuses a reload the page starts), and only when main cannot be reached does the
 * page try its own reload; an unlock main refuses is not hidden from the caller.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchBridge } from '@shared/ipc/contract';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';

function bridge(answer: (channel: string, args: unknown) => Promise<unknown>) {
  const invoke = vi.fn(answer);
  const fake: WorkbenchBridge = { invoke, onMenuCommand: () => () => undefined };
  return { platform: createElectronPlatform(fake), invoke };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('locking through the desktop bridge', () => {
  it('tells main it locked and leaves the reload to main', async () => {
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    const { platform, invoke } = bridge(async (_channel, args) => args);
    await platform.restartLocked();
    expect(invoke).toHaveBeenCalledWith('lock:set', { locked: true });
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads the page itself when main cannot be told', async () => {
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { platform } = bridge(() => Promise.reject(new Error('IPC lock:set rejected')));
    await platform.restartLocked();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reports an unlock, and passes on main refusing it', async () => {
    const { platform, invoke } = bridge(async (_channel, args) => args);
    await platform.reportUnlocked();
    expect(invoke).toHaveBeenCalledWith('lock:set', { locked: false });
    const refused = bridge(() => Promise.reject(new Error('The workbench stays locked')));
    await expect(refused.platform.reportUnlocked()).rejects.toThrow(/stays locked/);
  });

  it('refuses an answer outside the contract', async () => {
    const { platform } = bridge(async () => ({ locked: 'yes' }));
    await expect(platform.reportUnlocked()).rejects.toThrow();
  });
});
