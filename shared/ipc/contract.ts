/**
 * The IPC contract: for every invoke channel, the zod schema of its one argument and of its result.
 * Main validates arguments against it before a handler runs; the renderer validates results against it.
 * Unknown keys are rejected (`strict`) so nothing unexpected crosses the boundary.
 */
import { z } from 'zod';
import type { InvokeChannel } from './channels';

/** 512 MiB: the largest single file the app will read or write over IPC. */
export const MAX_IPC_FILE_BYTES = 512 * 1024 * 1024;

const AnyBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes' });

const Bytes = AnyBytes.refine((b) => b.byteLength <= MAX_IPC_FILE_BYTES, {
  message: `larger than ${MAX_IPC_FILE_BYTES} bytes`,
});

const FileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), { message: 'a file name, not a path' });

const FileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
      .min(1)
      .max(20),
  })
  .strict();

/** A secret's key: a short identifier, never user data. */
const SecretKey = z.string().regex(/^[a-z][a-z0-9.:-]{0,63}$/);

export const AppInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    shell: z.enum(['electron', 'browser']),
    electron: z.string().optional(),
    chrome: z.string().optional(),
    node: z.string().optional(),
    platform: z.string(),
    userDataPath: z.string().optional(),
  })
  .strict();

export const SecretStoreStatusSchema = z.discriminatedUnion('available', [
  z.object({ available: z.literal(true), backend: z.string() }).strict(),
  z.object({ available: z.literal(false), reason: z.string() }).strict(),
]);

export const PickedFileSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string(), bytes: AnyBytes }).strict(),
  z.object({ ok: z.literal(false), name: z.string(), reason: z.string() }).strict(),
]);

export const ipcContract = {
  'app:getInfo': { args: z.object({}).strict(), result: AppInfoSchema },
  'file:save': {
    args: z.object({ suggestedName: FileName, bytes: Bytes, filters: z.array(FileFilter).max(10).optional() }).strict(),
    result: z.object({ saved: z.boolean(), location: z.string().optional() }).strict(),
  },
  'file:pick': {
    args: z
      .object({
        title: z.string().min(1).max(200),
        filters: z.array(FileFilter).max(10),
        multiple: z.boolean(),
      })
      .strict(),
    result: z.array(PickedFileSchema),
  },
  'secret:status': { args: z.object({}).strict(), result: SecretStoreStatusSchema },
  'secret:get': { args: z.object({ key: SecretKey }).strict(), result: z.string().nullable() },
  'secret:set': {
    args: z.object({ key: SecretKey, value: z.string().max(64 * 1024) }).strict(),
    result: z.object({ stored: z.literal(true) }).strict(),
  },
  'secret:delete': { args: z.object({ key: SecretKey }).strict(), result: z.object({ deleted: z.boolean() }).strict() },
  'link:openExternal': {
    args: z.object({ url: z.string().max(2048) }).strict(),
    result: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(true) }).strict(),
      z.object({ opened: z.literal(false), reason: z.string() }).strict(),
    ]),
  },
  'backup:write': {
    args: z.object({ fileName: FileName, bytes: Bytes, keep: z.number().int().min(1).max(365) }).strict(),
    result: z.object({ location: z.string(), removed: z.array(z.string()) }).strict(),
  },
  /** The renderer says it has locked (main then reloads it) or unlocked; see main's lockGate for why main believes it. */
  'lock:set': {
    args: z.object({ locked: z.boolean() }).strict(),
    result: z.object({ locked: z.boolean() }).strict(),
  },
} as const satisfies Record<InvokeChannel, { args: z.ZodType; result: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcArgs<C extends InvokeChannel> = z.input<IpcContract[C]['args']>;
export type IpcResult<C extends InvokeChannel> = z.output<IpcContract[C]['result']>;

/** What the preload exposes on `window.workbench`: exactly the contract, and the menu events. */
export interface WorkbenchBridge {
  invoke<C extends InvokeChannel>(channel: C, args: IpcArgs<C>): Promise<unknown>;
  onMenuCommand(listener: (command: unknown) => void): () => void;
}
