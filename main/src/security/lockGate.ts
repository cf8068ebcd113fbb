/**
 * Main's side of the app lock (SECURITY.md B4): while the workbench is locked, main refuses the IPC
 * that carries data out of the app or hands over what it keeps for the session (the automatic backup,
 * stored secrets such as gateway tokens, saving files), and a new page always starts locked.
 *
 * Threat model. Main cannot check a passphrase: the data key is wrapped and unwrapped in the renderer
 * and main never sees it, so "unlocked" is a claim main has to take on trust. What the gate still buys:
 * - A renderer that is not compromised cannot leak data after it locks: stale work (a backup or a
 *   save that finishes after the key was dropped) is refused here as well as in the renderer.
 * - Locking always ends in a reload that main performs itself (a page-initiated reload is a
 *   navigation, which the navigation guard refuses), so the document that held the key and the
 *   decrypted records is thrown away, and a script injected into it (XSS) goes with it.
 * - A document that has locked may not claim to be unlocked again: the legitimate renderer reloads
 *   after locking, so such a claim comes from a bug or from code that survived the lock; it is
 *   refused and logged. Every new document starts locked and must unlock before main serves it.
 * - While locked, main hands out only the OS-kept copy of the data key, which is what unlocking with
 *   the OS keychain is for. A compromised renderer could ask for it too; that is the trade-off of
 *   OS-backed unlock (the OS account is the credential), and it is offered only where the keychain is
 *   real (secretStore.ts refuses basic_text).
 * What it does not do: protect against a renderer compromised while unlocked, which already holds
 * decrypted data; only keeping script out of the renderer (CSP, no HTML injection) does that.
 */
import type { InvokeChannel } from '@shared/ipc/channels';
import { OS_DATA_KEY_SECRET, RECOVERY_EXPORT_FILE_PATTERN } from '@shared/ipc/lockPolicy';

export type GateDecision = { allowed: true } | { allowed: false; reason: string };

/** Channels that never carry the workbench's data, or that unlocking itself needs. */
const ALWAYS_ALLOWED: ReadonlySet<InvokeChannel> = new Set([
  'app:getInfo',
  'secret:status',
  'file:pick',
  'link:openExternal',
  'lock:set',
]);

export class LockGate {
  private locked = true;
  /** This document has locked once: it must be reloaded before it may claim to be unlocked. */
  private lockedInThisDocument = false;

  constructor(private readonly log: (message: string) => void) {}

  get isLocked(): boolean {
    return this.locked;
  }

  /** A new document is loading in the main frame: like the renderer it loads, it starts locked. */
  documentStarted(): void {
    this.locked = true;
    this.lockedInThisDocument = false;
  }

  /** The renderer says it has locked or unlocked. Locking is always believed; see the header for unlocking. */
  claim(locked: boolean): GateDecision {
    if (locked) {
      this.locked = true;
      this.lockedInThisDocument = true;
      return { allowed: true };
    }
    if (this.lockedInThisDocument) {
      this.log('refused an unlock claim from a page that had locked without reloading');
      return { allowed: false, reason: 'a page that has locked must reload before it can unlock' };
    }
    this.locked = false;
    return { allowed: true };
  }

  /** Whether an already validated invocation may run in the current lock state. */
  check(channel: InvokeChannel, args: unknown): GateDecision {
    if (!this.locked || ALWAYS_ALLOWED.has(channel)) return { allowed: true };
    if (channel === 'secret:get' && secretKeyOf(args) === OS_DATA_KEY_SECRET) return { allowed: true };
    if (channel === 'file:save' && RECOVERY_EXPORT_FILE_PATTERN.test(suggestedNameOf(args))) return { allowed: true };
    return { allowed: false, reason: 'the workbench is locked' };
  }
}

function secretKeyOf(args: unknown): string {
  return typeof args === 'object' && args !== null && 'key' in args && typeof args.key === 'string' ? args.key : '';
}

function suggestedNameOf(args: unknown): string {
  return typeof args === 'object' && args !== null && 'suggestedName' in args && typeof args.suggestedName === 'string'
    ? args.suggestedName
    : '';
}

/** The part of a web contents the gate watches; a structural subset so tests can pass an EventEmitter. */
export interface DocumentEvents {
  on(event: 'did-navigate' | 'render-process-gone', listener: () => void): unknown;
}

/**
 * Every new main-frame document starts locked: `did-navigate` fires when a load or reload commits
 * (not for in-page hash changes, and not for navigations the guard cancelled, which
 * `did-start-navigation` would include), and a crashed renderer loses its key with its memory.
 */
export function lockOnNewDocument(contents: DocumentEvents, gate: LockGate): void {
  contents.on('did-navigate', () => gate.documentStarted());
  contents.on('render-process-gone', () => gate.documentStarted());
}
