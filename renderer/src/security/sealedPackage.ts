/**
 * Encrypted packages, for the automatic daily backup (issue 8): a package ZIP sealed with AES-256-GCM,
 * so a backup on disk holds no inspection text or photo bytes. Layout:
 *
 *   "IWSEAL01" | header length (uint32, big-endian) | header (JSON, UTF-8) | ciphertext ‖ 128-bit tag
 *
 * The header holds what opening needs and nothing sensitive: when it was sealed, a fresh HKDF salt and
 * IV, a key check, and the data key wrapped by the passphrase exactly as the keyring keeps it. The
 * magic and header are the additional data, so changing either fails the tag.
 *
 * Opening: with the unlocked workbench's data key (this device, whatever its passphrase is now), or,
 * on another device or after a reinstall, with the passphrase the workbench had when the backup was
 * made, which unwraps the data key from the header. The key check (an HMAC under a second subkey)
 * tells "sealed with another key" from "changed since it was sealed", which AES-GCM alone cannot.
 */
import { z } from 'zod';
import { IsoDateTime } from '@shared/domain/primitives';
import { base64ToBytes, bytesToBase64 } from './base64';
import { deriveSubkey, PBKDF2_ITERATIONS, unwrapWithPassphrase, type PassphraseWrappedKey } from './keyring';

const MAGIC: Uint8Array<ArrayBuffer> = new TextEncoder().encode('IWSEAL01');
const CONTENT_INFO = 'inspection-workbench/backup/content/1';
const CHECK_INFO = 'inspection-workbench/backup/key-check/1';
const MAX_HEADER_BYTES = 16 * 1024;
/** A header could ask for any iteration count; more than this would only stall the import. */
const MAX_ITERATIONS = 5_000_000;

export type DeriveKey = (salt: Uint8Array, info: string, use: 'aes-gcm' | 'hmac') => Promise<CryptoKey>;

/** What sealing needs from the unlocked workbench; the data key itself stays in the codec. */
export interface PackageSealingKeys {
  wrappedDataKey(): PassphraseWrappedKey;
  deriveKey: DeriveKey;
}

export class SealedPackageDamagedError extends Error {
  constructor(detail: string) {
    super(`This backup cannot be opened: ${detail}. Nothing was imported.`);
    this.name = 'SealedPackageDamagedError';
  }
}

const Base64 = z
  .string()
  .max(2048)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const HeaderSchema = z
  .object({
    format: z.literal('inspection-workbench-sealed-package'),
    version: z.literal(1),
    sealedAt: IsoDateTime,
    salt: Base64,
    iv: Base64,
    keyCheck: Base64,
    dataKey: z
      .object({
        kdf: z
          .object({
            name: z.literal('PBKDF2-SHA256'),
            iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_ITERATIONS),
            salt: Base64,
          })
          .strict(),
        iv: Base64,
        wrapped: Base64,
      })
      .strict(),
  })
  .strict();

type Header = z.infer<typeof HeaderSchema>;

interface SealedParts {
  sealedAt: string;
  salt: Uint8Array;
  iv: Uint8Array;
  keyCheck: Uint8Array;
  wrappedDataKey: PassphraseWrappedKey;
  /** Magic, length and header: the additional data. */
  prefix: Uint8Array;
  ciphertext: Uint8Array;
}

export type OpenedWithWorkbench = { opened: true; zip: Uint8Array } | { opened: false; sealedAt: string };

export function isSealedPackage(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}

export async function sealPackage(zip: Uint8Array, keys: PackageSealingKeys, now = new Date()): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = keys.wrappedDataKey();
  const header: Header = {
    format: 'inspection-workbench-sealed-package',
    version: 1,
    sealedAt: now.toISOString(),
    salt: bytesToBase64(salt),
    iv: bytesToBase64(iv),
    keyCheck: bytesToBase64(await keyCheck(keys.deriveKey, salt)),
    dataKey: {
      kdf: { name: wrapped.kdf.name, iterations: wrapped.kdf.iterations, salt: bytesToBase64(wrapped.kdf.salt) },
      iv: bytesToBase64(wrapped.iv),
      wrapped: bytesToBase64(wrapped.wrapped),
    },
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(MAGIC.length + 4 + headerBytes.length);
  prefix.set(MAGIC);
  new DataView(prefix.buffer).setUint32(MAGIC.length, headerBytes.length);
  prefix.set(headerBytes, MAGIC.length + 4);
  const contentKey = await keys.deriveKey(salt, CONTENT_INFO, 'aes-gcm');
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: prefix },
    contentKey,
    zip as Uint8Array<ArrayBuffer>,
  );
  const sealed = new Uint8Array(prefix.length + ciphertext.byteLength);
  sealed.set(prefix);
  sealed.set(new Uint8Array(ciphertext), prefix.length);
  return sealed;
}

/** With the unlocked workbench's keys: the ZIP if they sealed it, or when it was sealed, to ask for that passphrase. */
export async function openSealedPackage(bytes: Uint8Array, deriveKey: DeriveKey): Promise<OpenedWithWorkbench> {
  const parts = splitSealedPackage(bytes);
  if (!(await keyCheckMatches(parts, deriveKey))) return { opened: false, sealedAt: parts.sealedAt };
  return { opened: true, zip: await decrypt(parts, deriveKey) };
}

/** With the passphrase the workbench had when the backup was made; WrongPassphraseError for any other. */
export async function openSealedPackageWithPassphrase(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const parts = splitSealedPackage(bytes);
  const dataKey = await unwrapWithPassphrase(parts.wrappedDataKey, passphrase);
  try {
    const deriveKey: DeriveKey = (salt, info, use) => deriveSubkey(dataKey, salt, info, use);
    // The passphrase opened the wrapped key, but that key did not seal this file: the header was swapped.
    if (!(await keyCheckMatches(parts, deriveKey)))
      throw new SealedPackageDamagedError('its header has been changed since it was written');
    return await decrypt(parts, deriveKey);
  } finally {
    dataKey.fill(0);
  }
}

function splitSealedPackage(bytes: Uint8Array): SealedParts {
  if (!isSealedPackage(bytes)) throw new SealedPackageDamagedError('it is not an encrypted workbench backup');
  if (bytes.length < MAGIC.length + 4) throw new SealedPackageDamagedError('the file is cut short');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length);
  const end = MAGIC.length + 4 + length;
  if (length > MAX_HEADER_BYTES || end + 16 > bytes.length)
    throw new SealedPackageDamagedError('the file is cut short or its header is damaged');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(end - length, end));
    const header = HeaderSchema.parse(JSON.parse(text));
    const parts: SealedParts = {
      sealedAt: header.sealedAt,
      salt: base64ToBytes(header.salt),
      iv: base64ToBytes(header.iv),
      keyCheck: base64ToBytes(header.keyCheck),
      wrappedDataKey: {
        kdf: {
          name: header.dataKey.kdf.name,
          iterations: header.dataKey.kdf.iterations,
          salt: base64ToBytes(header.dataKey.kdf.salt),
        },
        iv: base64ToBytes(header.dataKey.iv),
        wrapped: base64ToBytes(header.dataKey.wrapped),
      },
      prefix: bytes.subarray(0, end),
      ciphertext: bytes.subarray(end),
    };
    if (parts.salt.length !== 16 || parts.iv.length !== 12 || parts.keyCheck.length !== 32) throw new Error();
    return parts;
  } catch {
    throw new SealedPackageDamagedError('its header is damaged');
  }
}

async function keyCheck(deriveKey: DeriveKey, salt: Uint8Array): Promise<Uint8Array> {
  const key = await deriveKey(salt, CHECK_INFO, 'hmac');
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, MAGIC));
}

async function keyCheckMatches(parts: SealedParts, deriveKey: DeriveKey): Promise<boolean> {
  const key = await deriveKey(parts.salt, CHECK_INFO, 'hmac');
  // verify compares in constant time.
  return crypto.subtle.verify('HMAC', key, parts.keyCheck as Uint8Array<ArrayBuffer>, MAGIC);
}

async function decrypt(parts: SealedParts, deriveKey: DeriveKey): Promise<Uint8Array> {
  const key = await deriveKey(parts.salt, CONTENT_INFO, 'aes-gcm');
  try {
    const zip = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: parts.iv as Uint8Array<ArrayBuffer>,
        additionalData: parts.prefix as Uint8Array<ArrayBuffer>,
      },
      key,
      parts.ciphertext as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(zip);
  } catch {
    throw new SealedPackageDamagedError('it has been changed or damaged since it was written');
  }
}
