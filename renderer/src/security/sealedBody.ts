/**
 * Sealing one stored body with AES-256-GCM: a fresh random 96-bit IV for every encryption and the
 * body's place (table and id) bound as additional data, so a ciphertext copied onto another row, or
 * into another table, fails to open (SECURITY.md B1, RFC 5116).
 *
 * Why @noble/ciphers and not WebCrypto here: records and changes are encoded and decoded inside Dexie
 * transactions, and IndexedDB commits a transaction as soon as anything other than an IndexedDB
 * request is awaited. WebCrypto's AES-GCM only exists as a promise, so it would end the transaction
 * mid-commit. noble's audited, synchronous AES-GCM produces the same format (ciphertext ‖ 128-bit
 * tag) as WebCrypto, which still does key derivation, key wrapping and blob decryption where awaiting
 * is harmless.
 */
import { gcm } from '@noble/ciphers/aes.js';

/** The version tag that marks a body as sealed; a plain body never has it. */
export const SEALED_FORMAT = 'aes-256-gcm/1';

export interface SealedBody {
  sealed: typeof SEALED_FORMAT;
  iv: Uint8Array;
  data: Uint8Array;
}

export class SealedBodyError extends Error {
  constructor(where: string) {
    super(`The stored data for ${where} could not be decrypted: it was changed, moved, or sealed with another key.`);
    this.name = 'SealedBodyError';
  }
}

export function isSealedBody(body: unknown): body is SealedBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { sealed?: unknown }).sealed === SEALED_FORMAT &&
    (body as { iv?: unknown }).iv instanceof Uint8Array &&
    (body as { data?: unknown }).data instanceof Uint8Array
  );
}

/** The additional data: format version, table and id, so the ciphertext only opens in its own place. */
export function placeOf(table: string, id: string): Uint8Array {
  return new TextEncoder().encode(`${SEALED_FORMAT}|${table}|${id}`);
}

export function freshIv(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(12));
}

export function sealBytes(key: Uint8Array, place: Uint8Array, plain: Uint8Array): SealedBody {
  const iv = freshIv();
  return { sealed: SEALED_FORMAT, iv, data: gcm(key, iv, place).encrypt(plain) };
}

export function openBytes(key: Uint8Array, place: Uint8Array, body: SealedBody, where: string): Uint8Array {
  try {
    return gcm(key, body.iv, place).decrypt(body.data);
  } catch {
    throw new SealedBodyError(where);
  }
}

export function sealJson(key: Uint8Array, place: Uint8Array, value: unknown): SealedBody {
  return sealBytes(key, place, new TextEncoder().encode(JSON.stringify(value)));
}

export function openJson(key: Uint8Array, place: Uint8Array, body: SealedBody, where: string): unknown {
  return JSON.parse(new TextDecoder().decode(openBytes(key, place, body, where)));
}
