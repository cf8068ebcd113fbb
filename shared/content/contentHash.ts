/**
 * Content hash of a published library document (a checklist template, a citation library): SHA-256
 * over canonical JSON, so the same content hashes the same on every machine whatever the key order
 * or whitespace of the file it came from. Used to tell "the same version again" from "a different
 * text under a version number that is already taken".
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../changes/canonicalJson';

export function sha256OfCanonicalJson(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
