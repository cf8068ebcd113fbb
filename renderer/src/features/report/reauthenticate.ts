/**
 * Re-authentication before an electronic signature (21 CFR 11.200, SECURITY.md C3). The signer gives
 * two components: the device passphrase of the app lock, checked by unwrapping the data key with it
 * (AES-GCM refuses any other passphrase), and the meaning of the signature typed out in words, so a
 * signature cannot be made by a stray click or by someone at an unlocked laptop who does not know the
 * passphrase. Everything that signs calls `reauthenticate` and nothing else, so a stronger check (an
 * agency identity provider, a smart card) replaces this one function.
 */
import type { SignatureMeaning } from '@shared/domain/closeOut';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { unwrapWithPassphrase } from '../../security/keyring';
import { readKeyring } from '../../security/vault';

export interface ReauthenticationAttempt {
  passphrase: string;
  typedMeaning: string;
}

export type ReauthenticationResult =
  | { ok: true }
  | { ok: false; errors: Partial<Record<keyof ReauthenticationAttempt, string>> };

/** Checks a passphrase; true only when it is this device's. */
export type PassphraseCheck = (passphrase: string) => Promise<boolean>;

/** The words the signer types to confirm what their signature means. */
export const CONFIRMATION_WORDS: Readonly<Record<SignatureMeaning, string>> = {
  author: 'I am the author of this report',
  reviewer: 'I have reviewed this report',
  approver: 'I approve this report for issue',
};

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The app lock's passphrase check: unwrap the data key with it, then forget the key at once. */
export function devicePassphraseCheck(db: WorkbenchDatabase): PassphraseCheck {
  return async (passphrase) => {
    const keyring = await readKeyring(db);
    if (!keyring) return false;
    try {
      (await unwrapWithPassphrase(keyring.passphrase, passphrase)).fill(0);
      return true;
    } catch {
      return false;
    }
  };
}

export async function reauthenticate(
  attempt: ReauthenticationAttempt,
  meaning: SignatureMeaning,
  checkPassphrase: PassphraseCheck,
): Promise<ReauthenticationResult> {
  const errors: Partial<Record<keyof ReauthenticationAttempt, string>> = {};
  if (!attempt.passphrase) errors.passphrase = 'Enter your passphrase';
  else if (!(await checkPassphrase(attempt.passphrase))) errors.passphrase = 'The passphrase is not right';
  if (normalise(attempt.typedMeaning) !== normalise(CONFIRMATION_WORDS[meaning]))
    errors.typedMeaning = `Type “${CONFIRMATION_WORDS[meaning]}” to confirm what your signature means`;
  return Object.keys(errors).length === 0 ? { ok: true } : { ok: false, errors };
}
