/**
 * The names of every IPC channel between the renderer and main. Kept free of schemas so the
 * sandboxed preload can enumerate the contract without bundling validation code it does not run.
 */
export const INVOKE_CHANNELS = [
  'app:getInfo',
  'file:save',
  'file:pick',
  'secret:status',
  'secret:get',
  'secret:set',
  'secret:delete',
  'link:openExternal',
  'backup:write',
  'lock:set',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Main -> renderer events. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}
