/**
 * SECURITY.md A4: the one IPC gate. Every way an invocation can be wrong (unknown channel, no frame,
 * a subframe, a foreign origin, bad or extra arguments, the wrong number of arguments) is rejected
 * and logged before any handler runs; a valid call reaches its handler with the parsed arguments.
 */
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type InvokeChannel } from '@shared/ipc/channels';
import { ipcContract } from '@shared/ipc/contract';
import {
  checkInvocation,
  dispatch,
  IpcRejection,
  registerValidatedHandlers,
  type InvocationSender,
  type IpcHandlers,
  type IpcRegistrar,
} from '../../../../main/src/ipc/validatedIpc';

const TRUSTED = ['app://bundle'];
const APP_PAGE = 'app://bundle/index.html';

function sender(url: string, parent: unknown = null): InvocationSender {
  return { senderFrame: { url, parent } };
}

/** dispatch takes Electron's full event type; the checks read only senderFrame. */
function asEvent(fake: InvocationSender): IpcMainInvokeEvent {
  return fake as unknown as IpcMainInvokeEvent;
}

function fakeHandlers(): { handlers: IpcHandlers; calls: Map<InvokeChannel, ReturnType<typeof vi.fn>> } {
  const calls = new Map<InvokeChannel, ReturnType<typeof vi.fn>>();
  for (const channel of INVOKE_CHANNELS)
    calls.set(
      channel,
      vi.fn(() => ({ handledBy: channel })),
    );
  return { handlers: Object.fromEntries(calls) as unknown as IpcHandlers, calls };
}

interface Rejected {
  name: string;
  event: InvocationSender;
  channel: InvokeChannel;
  args: unknown[];
  reason: RegExp;
}

const rejected: Rejected[] = [
  {
    name: 'a foreign https origin',
    event: sender('https://evil.example/'),
    channel: 'secret:get',
    args: [{ key: 'token' }],
    reason: /untrusted origin/,
  },
  {
    name: 'a look-alike app host',
    event: sender('app://bundle.evil/index.html'),
    channel: 'secret:get',
    args: [{ key: 'token' }],
    reason: /untrusted origin/,
  },
  {
    name: 'a file:// page',
    event: sender('file:///tmp/index.html'),
    channel: 'secret:get',
    args: [{ key: 'token' }],
    reason: /untrusted origin/,
  },
  { name: 'an empty frame url', event: sender(''), channel: 'app:getInfo', args: [{}], reason: /untrusted origin/ },
  {
    name: 'a subframe of the app',
    event: sender(APP_PAGE, { url: APP_PAGE }),
    channel: 'secret:get',
    args: [{ key: 'token' }],
    reason: /not the main frame/,
  },
  {
    name: 'a sender frame that is gone',
    event: { senderFrame: null },
    channel: 'app:getInfo',
    args: [{}],
    reason: /frame is gone/,
  },
  {
    name: 'an argument of the wrong type',
    event: sender(APP_PAGE),
    channel: 'secret:get',
    args: [{ key: 42 }],
    reason: /invalid arguments: key/,
  },
  {
    name: 'a key that breaks its pattern',
    event: sender(APP_PAGE),
    channel: 'secret:get',
    args: [{ key: '../token' }],
    reason: /invalid arguments/,
  },
  {
    name: 'bytes that are not bytes',
    event: sender(APP_PAGE),
    channel: 'file:save',
    args: [{ suggestedName: 'a.pdf', bytes: [1, 2, 3] }],
    reason: /invalid arguments: bytes/,
  },
  {
    name: 'a path instead of a file name',
    event: sender(APP_PAGE),
    channel: 'backup:write',
    args: [{ fileName: '../evil', bytes: new Uint8Array(1), keep: 3 }],
    reason: /invalid arguments: fileName/,
  },
  {
    name: 'a missing argument object',
    event: sender(APP_PAGE),
    channel: 'app:getInfo',
    args: [null],
    reason: /invalid arguments/,
  },
  {
    name: 'an extra unknown key',
    event: sender(APP_PAGE),
    channel: 'secret:get',
    args: [{ key: 'token', extra: true }],
    reason: /invalid arguments/,
  },
  {
    name: 'an own __proto__ key',
    event: sender(APP_PAGE),
    channel: 'secret:get',
    args: [JSON.parse('{"key":"token","__proto__":{"admin":true}}')],
    reason: /invalid arguments/,
  },
  {
    name: 'no arguments',
    event: sender(APP_PAGE),
    channel: 'app:getInfo',
    args: [],
    reason: /expected (exactly )?one argument/,
  },
  {
    name: 'two arguments',
    event: sender(APP_PAGE),
    channel: 'secret:get',
    args: [{ key: 'token' }, { key: 'other' }],
    reason: /expected (exactly )?one argument/,
  },
];

describe('dispatch', () => {
  for (const { name, event, channel, args, reason } of rejected) {
    it(`rejects and logs ${name}`, async () => {
      const { handlers, calls } = fakeHandlers();
      const log = vi.fn();
      const attempt = dispatch(channel, asEvent(event), args, handlers, TRUSTED, log);
      await expect(attempt).rejects.toBeInstanceOf(IpcRejection);
      await expect(attempt).rejects.toThrow(reason);
      expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(new RegExp(`^IPC ${channel} rejected: `)));
      expect(log.mock.calls[0]?.[0]).toMatch(reason);
      for (const handler of calls.values()) expect(handler).not.toHaveBeenCalled();
    });
  }

  it('passes a valid call to its handler with the parsed arguments and the event', async () => {
    const { handlers, calls } = fakeHandlers();
    const log = vi.fn();
    const event = asEvent(sender(APP_PAGE));
    const result = await dispatch('secret:get', event, [{ key: 'gateway.token' }], handlers, TRUSTED, log);
    expect(result).toEqual({ handledBy: 'secret:get' });
    expect(calls.get('secret:get')).toHaveBeenCalledExactlyOnceWith({ key: 'gateway.token' }, event);
    expect(log).not.toHaveBeenCalled();
  });

  it("hands the handler the schema's output, not the sender's object", async () => {
    const { handlers, calls } = fakeHandlers();
    const raw = { key: 'gateway.token' };
    await dispatch('secret:get', asEvent(sender(APP_PAGE)), [raw], handlers, TRUSTED, vi.fn());
    const received: unknown = calls.get('secret:get')?.mock.calls[0]?.[0];
    expect(received).toEqual(raw);
    expect(received).not.toBe(raw);
  });

  it('accepts the dev server origin only when it is trusted', async () => {
    const { handlers } = fakeHandlers();
    const event = asEvent(sender('http://localhost:5173/'));
    await expect(dispatch('app:getInfo', event, [{}], handlers, TRUSTED, vi.fn())).rejects.toThrow(/untrusted origin/);
    await expect(
      dispatch('app:getInfo', event, [{}], handlers, [...TRUSTED, 'http://localhost:5173'], vi.fn()),
    ).resolves.toEqual({ handledBy: 'app:getInfo' });
  });
});

describe('checkInvocation', () => {
  it('rejects a channel that is not in the contract', () => {
    expect(checkInvocation('shell:exec', sender(APP_PAGE), {}, TRUSTED)).toEqual({
      ok: false,
      reason: 'unknown channel',
    });
    expect(checkInvocation(undefined, sender(APP_PAGE), {}, TRUSTED)).toEqual({ ok: false, reason: 'unknown channel' });
  });

  it('checks the channel before anything else', () => {
    expect(checkInvocation('shell:exec', { senderFrame: null }, {}, TRUSTED)).toEqual({
      ok: false,
      reason: 'unknown channel',
    });
  });

  it('returns the parsed arguments of a valid call', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(
      checkInvocation(
        'backup:write',
        sender(APP_PAGE),
        { fileName: 'workbench-backup-1.iwpkg', bytes, keep: 2 },
        TRUSTED,
      ),
    ).toEqual({ ok: true, args: { fileName: 'workbench-backup-1.iwpkg', bytes, keep: 2 } });
  });
});

describe('registerValidatedHandlers', () => {
  function register() {
    const listeners = new Map<string, Parameters<IpcRegistrar['handle']>[1]>();
    const registrar: IpcRegistrar = { handle: (channel, listener) => void listeners.set(channel, listener) };
    const { handlers, calls } = fakeHandlers();
    const log = vi.fn();
    registerValidatedHandlers(registrar, handlers, TRUSTED, log);
    return { listeners, calls, log };
  }

  it('registers exactly the channels of the contract', () => {
    const { listeners } = register();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    expect([...listeners.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('routes every registered channel through the checks', async () => {
    const { listeners, calls, log } = register();
    for (const [channel, listener] of listeners) {
      await expect(Promise.resolve(listener(asEvent(sender('https://evil.example/')), {}))).rejects.toThrow(
        IpcRejection,
      );
      expect(log).toHaveBeenLastCalledWith(expect.stringContaining(`IPC ${channel} rejected`));
    }
    for (const handler of calls.values()) expect(handler).not.toHaveBeenCalled();
  });

  it('lets a valid call through a registered channel', async () => {
    const { listeners, calls } = register();
    const listener = listeners.get('secret:status');
    await expect(Promise.resolve(listener?.(asEvent(sender(APP_PAGE)), {}))).resolves.toEqual({
      handledBy: 'secret:status',
    });
    expect(calls.get('secret:status')).toHaveBeenCalledOnce();
  });
});
