import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../renderer/src/platform/Platform';
import { WorkbenchLockedError } from '../../../renderer/src/security/encryptingCodec';
import {
  clampIdleMinutes,
  guardPlatform,
  markLocked,
  markUnlocked,
  OS_DATA_KEY_SECRET,
} from '../../../renderer/src/security/lockState';

function fakePlatform(): Platform {
  const secrets = new Map([
    ['gateway-token', 'eyJhbGciOi.secret'],
    [OS_DATA_KEY_SECRET, 'a2V5'],
  ]);
  return {
    kind: 'electron',
    secrets: {
      status: async () => ({ available: true, backend: 'gnome_libsecret' }),
      get: async (key) => secrets.get(key) ?? null,
      set: async (key, value) => void secrets.set(key, value),
      delete: async (key) => secrets.delete(key),
    },
  } as Partial<Platform> as Platform;
}

describe('the platform bridge while locked', () => {
  it('returns no secrets until unlock; only the OS-kept data key, which is what unlocks', async () => {
    const platform = guardPlatform(fakePlatform());
    markLocked();
    await expect(platform.secrets.get('gateway-token')).rejects.toThrow(WorkbenchLockedError);
    await expect(platform.secrets.set('gateway-token', 'x')).rejects.toThrow(WorkbenchLockedError);
    expect(await platform.secrets.get(OS_DATA_KEY_SECRET)).toBe('a2V5');
    markUnlocked(15);
    expect(await platform.secrets.get('gateway-token')).toBe('eyJhbGciOi.secret');
    markLocked();
  });

  it('keeps the idle time within the organisation’s limits', () => {
    expect(clampIdleMinutes(0)).toBe(1);
    expect(clampIdleMinutes(600)).toBe(60);
    expect(clampIdleMinutes('15')).toBe(15);
    expect(clampIdleMinutes(5)).toBe(5);
  });
});
