/**
 * The per-device hash chain of the change log: each change's hash covers its content and the previous
 * change's hash, so editing, removing or reordering any stored change is detectable (Annex 11 §9,
 * 21 CFR 11.10(e)). Hashing is synchronous (noble SHA-256) so it can run inside an IndexedDB
 * transaction, which would commit early if it awaited WebCrypto.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';
import { GENESIS_HASH, type Change, type UnsignedChange } from './change';

export function hashChange(change: UnsignedChange): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(change))));
}

export function signChange(change: UnsignedChange): Change {
  return { ...change, hash: hashChange(change) };
}

export type ChainProblem =
  | { kind: 'gap'; expectedSeq: number; foundSeq: number }
  | { kind: 'broken-link'; seq: number; changeId: string }
  | { kind: 'altered'; seq: number; changeId: string };

export type ChainReport =
  | { ok: true; device: string; length: number; head: string; notHeld: number }
  | { ok: false; device: string; problem: ChainProblem; message: string };

/**
 * Verifies one device's changes. `fromSeq`/`fromHash` let a caller verify a suffix (the gateway
 * continues from the last change it already holds).
 */
export function verifyDeviceChain(
  device: string,
  changes: readonly Change[],
  fromSeq = 0,
  fromHash: string = GENESIS_HASH,
): ChainReport {
  const ordered = [...changes].sort((a, b) => a.seq - b.seq);
  let expectedSeq = fromSeq + 1;
  let previous = fromHash;
  for (const change of ordered) {
    if (change.seq !== expectedSeq) {
      return {
        ok: false,
        device,
        problem: { kind: 'gap', expectedSeq, foundSeq: change.seq },
        message: `Change ${expectedSeq} from device ${device} is missing (found ${change.seq} next).`,
      };
    }
    if (change.prevHash !== previous) {
      return {
        ok: false,
        device,
        problem: { kind: 'broken-link', seq: change.seq, changeId: change.id },
        message: `Change ${change.seq} from device ${device} does not follow the change before it.`,
      };
    }
    const { hash, ...unsigned } = change;
    if (hashChange(unsigned) !== hash) {
      return {
        ok: false,
        device,
        problem: { kind: 'altered', seq: change.seq, changeId: change.id },
        message: `Change ${change.seq} from device ${device} was altered after it was recorded.`,
      };
    }
    previous = hash;
    expectedSeq += 1;
  }
  return { ok: true, device, length: ordered.length, head: previous, notHeld: 0 };
}

/**
 * Verifies the part of another device's chain that this device holds. A device's chain spans every
 * inspection it recorded, so a laptop that received one inspection (by package or sync) legitimately
 * lacks the changes in between: every held change's own hash is checked, and links wherever both
 * neighbours are held. The complete, gapless check is made where the whole chain is held (the
 * recording device itself, and the gateway).
 */
export function verifyHeldChain(device: string, changes: readonly Change[]): ChainReport {
  const ordered = [...changes].sort((a, b) => a.seq - b.seq);
  let previous: Change | undefined;
  let notHeld = 0;
  for (const change of ordered) {
    const { hash, ...unsigned } = change;
    if (hashChange(unsigned) !== hash) {
      return {
        ok: false,
        device,
        problem: { kind: 'altered', seq: change.seq, changeId: change.id },
        message: `Change ${change.seq} from device ${device} was altered after it was recorded.`,
      };
    }
    const expected = change.seq === 1 ? GENESIS_HASH : previous?.seq === change.seq - 1 ? previous.hash : null;
    if ((expected !== null && change.prevHash !== expected) || previous?.seq === change.seq) {
      return {
        ok: false,
        device,
        problem: { kind: 'broken-link', seq: change.seq, changeId: change.id },
        message: `Change ${change.seq} from device ${device} does not follow the change before it.`,
      };
    }
    notHeld += change.seq - (previous?.seq ?? 0) - 1;
    previous = change;
  }
  return { ok: true, device, length: ordered.length, head: previous?.hash ?? GENESIS_HASH, notHeld };
}

/**
 * Verifies every device's chain in a set of changes; the first problem per device is reported. Chains
 * of `completeDevices` (by default all) must be complete from their first change; others are checked
 * as far as they are held (verifyHeldChain).
 */
export function verifyChains(changes: readonly Change[], completeDevices?: ReadonlySet<string>): ChainReport[] {
  const byDevice = new Map<string, Change[]>();
  for (const change of changes) {
    const list = byDevice.get(change.device) ?? [];
    list.push(change);
    byDevice.set(change.device, list);
  }
  return [...byDevice.entries()].map(([device, list]) =>
    !completeDevices || completeDevices.has(device) ? verifyDeviceChain(device, list) : verifyHeldChain(device, list),
  );
}
