/**
 * The key hierarchy. One random 256-bit data key (DEK) encrypts everything at rest; it never changes,
 * so changing the passphrase re-wraps the DEK and re-encrypts nothing else. The DEK is wrapped
 * (AES-256-GCM, WebCrypto) by a key-encryption key derived from the passphrase with PBKDF2-SHA256
 * (600,000 iterations, random 128-bit salt: the OWASP 2023 figure SECURITY.md B2 asks for). The wrapped
 * DEK, salt and parameters sit in the meta table: without the passphrase they are useless. Where the
 * desktop shell has a real OS keychain, a second copy of the DEK is kept by safeStorage (vault.ts).
 */

export const PBKDF2_ITERATIONS = 600_000;
export const KEYRING_KEY = 'keyring';
const WRAP_CONTEXT = new TextEncoder().encode('inspection-workbench/data-key/1');

export interface PassphraseWrappedKey {
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array };
  iv: Uint8Array;
  wrapped: Uint8Array;
}

export interface Keyring {
  version: 1;
  passphrase: PassphraseWrappedKey;
  /** True when a copy of the DEK is also kept by the OS keychain (desktop only). */
  osBacked: boolean;
  changedAt: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is not right');
    this.name = 'WrongPassphraseError';
  }
}

export const MIN_PASSPHRASE_LENGTH = 12;

/** Why a new passphrase cannot be used, or null when it can. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.trim().length === 0) return 'Enter a passphrase';
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return `Passphrase must be ${MIN_PASSPHRASE_LENGTH} characters or more`;
  if (passphrase.length > 1024) return 'Passphrase must be 1024 characters or fewer';
  return null;
}

async function keyEncryptionKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export function generateDataKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

export async function wrapWithPassphrase(dataKey: Uint8Array, passphrase: string): Promise<PassphraseWrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await keyEncryptionKey(passphrase, salt, PBKDF2_ITERATIONS);
  const wrapped = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: WRAP_CONTEXT },
    kek,
    dataKey as Uint8Array<ArrayBuffer>,
  );
  return { kdf: { name: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS, salt }, iv, wrapped: new Uint8Array(wrapped) };
}

/** The DEK, or WrongPassphraseError: AES-GCM's tag check fails for any other passphrase. */
export async function unwrapWithPassphrase(wrapped: PassphraseWrappedKey, passphrase: string): Promise<Uint8Array> {
  const kek = await keyEncryptionKey(passphrase, wrapped.kdf.salt, wrapped.kdf.iterations);
  try {
    const dataKey = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrapped.iv as Uint8Array<ArrayBuffer>, additionalData: WRAP_CONTEXT },
      kek,
      wrapped.wrapped as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(dataKey);
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * A key for another purpose (sealing a backup, checking which key sealed it) derived from the DEK with
 * HKDF-SHA256: a fresh salt gives each use its own key, and the `info` label keeps purposes apart, so
 * nothing but the storage codec ever encrypts with the DEK itself.
 */
export async function deriveSubkey(
  dataKey: Uint8Array,
  salt: Uint8Array,
  info: string,
  use: 'aes-gcm' | 'hmac',
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', dataKey as Uint8Array<ArrayBuffer>, 'HKDF', false, [
    'deriveKey',
  ]);
  const params = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: salt as Uint8Array<ArrayBuffer>,
    info: new TextEncoder().encode(info),
  };
  return use === 'aes-gcm'
    ? crypto.subtle.deriveKey(params, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
    : crypto.subtle.deriveKey(params, material, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
        'sign',
        'verify',
      ]);
}

export async function createKeyring(
  passphrase: string,
  osBacked = false,
): Promise<{ keyring: Keyring; dataKey: Uint8Array }> {
  const dataKey = generateDataKey();
  const keyring: Keyring = {
    version: 1,
    passphrase: await wrapWithPassphrase(dataKey, passphrase),
    osBacked,
    changedAt: new Date().toISOString(),
  };
  return { keyring, dataKey };
}

/** A new passphrase: the same DEK wrapped again, so no stored data is re-encrypted. */
export async function changePassphrase(keyring: Keyring, current: string, next: string): Promise<Keyring> {
  const dataKey = await unwrapWithPassphrase(keyring.passphrase, current);
  try {
    return { ...keyring, passphrase: await wrapWithPassphrase(dataKey, next), changedAt: new Date().toISOString() };
  } finally {
    dataKey.fill(0);
  }
}
