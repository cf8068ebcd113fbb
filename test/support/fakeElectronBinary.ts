/**
 * A stand-in for the Electron executable that @electron/fuses can read and flip: some bytes, the fuse
 * sentinel, the wire version and length, and the wire itself. Lets the fuse hook and the packaging
 * config be tested on a machine that cannot download Electron.
 */
import { chmod, writeFile } from 'node:fs/promises';

/** @electron/fuses finds the wire right after this marker (its constants.ts). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own defaults for the eight V1 fuses, in wire order: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, V8 snapshot off, file:// extra
 * privileges on.
 */
export const ELECTRON_DEFAULT_WIRE = '10110001';

export async function writeFakeElectronBinary(path: string, wire: string = ELECTRON_DEFAULT_WIRE): Promise<void> {
  const bytes = Buffer.concat([
    Buffer.from('#!/bin/sh\n# not Electron: a fuse wire for tests\nexit 0\n'),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.alloc(32),
  ]);
  await writeFile(path, bytes);
  await chmod(path, 0o755);
}
