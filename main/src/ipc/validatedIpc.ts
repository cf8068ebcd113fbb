/**
 * The one way main answers the renderer (SECURITY.md A4). Every invocation is checked, in order:
 * the channel is in the contract, the sender is the main frame of a trusted origin, the argument
 * passes the channel's schema, and the gate (the app lock, see security/lockGate.ts) lets the channel
 * run now. Anything else is rejected and logged before a handler runs.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { isInvokeChannel, type InvokeChannel } from '@shared/ipc/channels';
import { ipcContract, type IpcResult } from '@shared/ipc/contract';
import { isTrustedOrigin } from '../security/appOrigin';
import type { z } from 'zod';

export type IpcHandler<C extends InvokeChannel> = (
  args: z.output<(typeof ipcContract)[C]['args']>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResult<C>> | IpcResult<C>;

export type IpcHandlers = { [C in InvokeChannel]: IpcHandler<C> };

export class IpcRejection extends Error {
  constructor(
    readonly channel: string,
    reason: string,
  ) {
    super(`IPC ${channel} rejected: ${reason}`);
    this.name = 'IpcRejection';
  }
}

/** The parts of an invoke event the checks read; a structural subset so tests can pass fakes. */
export interface InvocationSender {
  senderFrame: { url: string; parent: unknown } | null;
}

export type InvocationCheck = { ok: true; args: unknown } | { ok: false; reason: string };

export function checkInvocation(
  channel: unknown,
  event: InvocationSender,
  rawArgs: unknown,
  trustedOrigins: readonly string[],
): InvocationCheck {
  if (!isInvokeChannel(channel)) return { ok: false, reason: 'unknown channel' };
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'the sending frame is gone' };
  if (frame.parent !== null) return { ok: false, reason: 'sender is not the main frame' };
  if (!isTrustedOrigin(frame.url, trustedOrigins)) return { ok: false, reason: `untrusted origin ${frame.url}` };
  const parsed = ipcContract[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `invalid arguments: ${issue ? `${issue.path.join('.') || '(root)'} ${issue.message}` : ''}`,
    };
  }
  return { ok: true, args: parsed.data };
}

/** A decision about a valid invocation that depends on the app's state rather than on the call itself. */
export interface InvocationGate {
  check(channel: InvokeChannel, args: unknown): { allowed: true } | { allowed: false; reason: string };
}

const OPEN_GATE: InvocationGate = { check: () => ({ allowed: true }) };

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Registers every handler of the contract through the checks above. */
export function registerValidatedHandlers(
  ipc: IpcRegistrar,
  handlers: IpcHandlers,
  trustedOrigins: readonly string[],
  log: (message: string) => void,
  gate: InvocationGate = OPEN_GATE,
): void {
  for (const channel of Object.keys(ipcContract) as InvokeChannel[]) {
    ipc.handle(channel, (event, ...rawArgs) => dispatch(channel, event, rawArgs, handlers, trustedOrigins, log, gate));
  }
}

export async function dispatch(
  channel: InvokeChannel,
  event: IpcMainInvokeEvent,
  rawArgs: unknown[],
  handlers: IpcHandlers,
  trustedOrigins: readonly string[],
  log: (message: string) => void,
  gate: InvocationGate = OPEN_GATE,
): Promise<unknown> {
  if (rawArgs.length !== 1) {
    log(`IPC ${channel} rejected: expected one argument, got ${rawArgs.length}`);
    throw new IpcRejection(channel, 'expected exactly one argument');
  }
  const check = checkInvocation(channel, event, rawArgs[0], trustedOrigins);
  if (!check.ok) {
    log(`IPC ${channel} rejected: ${check.reason}`);
    throw new IpcRejection(channel, check.reason);
  }
  const decision = gate.check(channel, check.args);
  if (!decision.allowed) {
    log(`IPC ${channel} rejected: ${decision.reason}`);
    throw new IpcRejection(channel, decision.reason);
  }
  const handler = handlers[channel] as (args: unknown, event: IpcMainInvokeEvent) => unknown;
  return handler(check.args, event);
}
