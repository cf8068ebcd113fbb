import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createKeyring,
  PBKDF2_ITERATIONS,
  unwrapWithPassphrase,
  WrongPassphraseError,
} from '../../../renderer/src/security/keyring';

// PBKDF2 at 600,000 iterations takes about a second per derivation on a busy CI machine.
describe('the key hierarchy', { timeout: 30_000 }, () => {
  it('wraps a random 256-bit data key under a PBKDF2-SHA256 key of at least 600,000 iterations', async () => {
    const { keyring, dataKey } = await createKeyring('correct horse battery staple');
    expect(dataKey).toHaveLength(32);
    expect(keyring.passphrase.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(keyring.passphrase.kdf.salt).toHaveLength(16);
    expect(Buffer.from(keyring.passphrase.wrapped).includes(Buffer.from(dataKey))).toBe(false);
    expect(await unwrapWithPassphrase(keyring.passphrase, 'correct horse battery staple')).toEqual(dataKey);
  });

  it('unlocks nothing with a wrong passphrase', async () => {
    const { keyring } = await createKeyring('correct horse battery staple');
    await expect(unwrapWithPassphrase(keyring.passphrase, 'correct horse battery stapler')).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(unwrapWithPassphrase(keyring.passphrase, 'correct horse battery stapler')).rejects.toThrow(
      'The passphrase is not right',
    );
  });

  it('changes the passphrase by re-wrapping the same data key', async () => {
    const { keyring, dataKey } = await createKeyring('correct horse battery staple');
    const changed = await changePassphrase(keyring, 'correct horse battery staple', 'a much newer passphrase');
    expect(await unwrapWithPassphrase(changed.passphrase, 'a much newer passphrase')).toEqual(dataKey);
    await expect(unwrapWithPassphrase(changed.passphrase, 'correct horse battery staple')).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(changePassphrase(keyring, 'not the passphrase', 'anything at all here')).rejects.toThrow(
      WrongPassphraseError,
    );
  });
});
