/**
 * Re-authentication before signing: the device passphrase (checked against the app lock's keyring)
 * and the meaning typed out in words must both be right; each problem is named.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  CONFIRMATION_WORDS,
  devicePassphraseCheck,
  reauthenticate,
} from '../../../renderer/src/features/report/reauthenticate';
import { createKeyring } from '../../../renderer/src/security/keyring';
import { writeKeyring } from '../../../renderer/src/security/vault';
import { openTestDatabase } from '../../support/testDatabase';

describe('reauthenticate', () => {
  const rightPassphrase = async (passphrase: string) => passphrase === 'correct horse battery staple';

  it('accepts the passphrase and the words of the meaning, whatever their case and spacing', async () => {
    const attempt = { passphrase: 'correct horse battery staple', typedMeaning: '  I am the  AUTHOR of this report ' };
    expect(await reauthenticate(attempt, 'author', rightPassphrase)).toEqual({ ok: true });
  });

  it('refuses a wrong passphrase and words typed for another meaning, naming each problem', async () => {
    const result = await reauthenticate(
      { passphrase: 'wrong', typedMeaning: CONFIRMATION_WORDS.approver },
      'author',
      rightPassphrase,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.passphrase).toBe('The passphrase is not right');
      expect(result.errors.typedMeaning).toContain(CONFIRMATION_WORDS.author);
    }
  });

  it('checks the passphrase against the device keyring', async () => {
    const db = await openTestDatabase();
    const check = devicePassphraseCheck(db);
    expect(await check('correct horse battery staple')).toBe(false);
    const { keyring } = await createKeyring('correct horse battery staple');
    await writeKeyring(db, keyring);
    expect(await check('correct horse battery staple')).toBe(true);
    expect(await check('correct horse battery stapler')).toBe(false);
    db.close();
  }, 30_000);
});
