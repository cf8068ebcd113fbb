/**
 * Re-authentication before an electronic signature (21 CFR 11.200, SECURITY.md C3: two distinct
 * identification components). The device has no passphrase yet (app lock is issue 8), so for now the
 * two components are the signer's initials, checked against their profile, and the meaning of the
 * signature typed out in words, so a signature cannot be made by a stray click or by someone who does
 * not know whose device it is. Issue 8 replaces the first component with the device passphrase; the
 * rest of the app only calls `reauthenticate` and does not change.
 */
import type { SignatureMeaning } from '@shared/domain/closeOut';

export interface ReauthenticationAttempt {
  initials: string;
  typedMeaning: string;
}

export interface Signer {
  initials: string;
  meaning: SignatureMeaning;
}

export type ReauthenticationResult =
  | { ok: true }
  | { ok: false; errors: Partial<Record<keyof ReauthenticationAttempt, string>> };

/** The words the signer types to confirm what their signature means. */
export const CONFIRMATION_WORDS: Readonly<Record<SignatureMeaning, string>> = {
  author: 'I am the author of this report',
  reviewer: 'I have reviewed this report',
  approver: 'I approve this report for issue',
};

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export async function reauthenticate(
  attempt: ReauthenticationAttempt,
  signer: Signer,
): Promise<ReauthenticationResult> {
  const errors: Partial<Record<keyof ReauthenticationAttempt, string>> = {};
  if (attempt.initials.trim().toUpperCase() !== signer.initials.toUpperCase())
    errors.initials = 'Enter your initials as recorded on this device';
  if (normalise(attempt.typedMeaning) !== normalise(CONFIRMATION_WORDS[signer.meaning]))
    errors.typedMeaning = `Type “${CONFIRMATION_WORDS[signer.meaning]}” to confirm what your signature means`;
  return Object.keys(errors).length === 0 ? { ok: true } : { ok: false, errors };
}
