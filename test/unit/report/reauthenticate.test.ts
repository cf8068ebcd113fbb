/** Re-authentication before signing: both components must match, whatever the case or spacing. */
import { describe, expect, it } from 'vitest';
import { CONFIRMATION_WORDS, reauthenticate } from '../../../renderer/src/features/report/reauthenticate';

describe('reauthenticate', () => {
  const signer = { initials: 'JS', meaning: 'author' as const };

  it('accepts the signer’s initials and the words of the meaning', async () => {
    expect(await reauthenticate({ initials: ' js ', typedMeaning: '  I am the  AUTHOR of this report ' }, signer)).toEqual({
      ok: true,
    });
  });

  it('refuses wrong initials and words typed for another meaning, naming each problem', async () => {
    const result = await reauthenticate({ initials: 'AB', typedMeaning: CONFIRMATION_WORDS.approver }, signer);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.initials).toMatch(/initials/);
      expect(result.errors.typedMeaning).toContain(CONFIRMATION_WORDS.author);
    }
  });
});
