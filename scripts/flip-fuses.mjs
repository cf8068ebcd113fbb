/**
 * electron-builder afterPack hook: flips the Electron fuses of the packaged binary to the table in
 * fuses.mjs (SECURITY.md A6). electron-builder runs afterPack before it signs, so the signature covers
 * the flipped binary. The hook then reads the wire back and fails the build if any fuse is not as
 * decided: a release must never ship with RunAsNode or NODE_OPTIONS left on.
 */
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { checkFuseWire, electronBinaryPath, fuseConfigFor, isElectronPlatformName } from './fuses.mjs';

/**
 * @param {import('./fuses.mjs').PackContext} context
 * @returns {Promise<void>}
 */
export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  if (!isElectronPlatformName(platform)) throw new Error(`No Electron fuses are defined for platform "${platform}"`);
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfigFor(platform));

  const { mismatches, unknownFuses } = checkFuseWire(await getCurrentFuseWire(binary), platform);
  if (mismatches.length > 0) {
    throw new Error(`Electron fuses in ${binary} are not as SECURITY.md A6 requires:\n  ${mismatches.join('\n  ')}`);
  }
  if (unknownFuses.length > 0) {
    console.warn(
      `[flip-fuses] ${binary} has fuses @electron/fuses does not know (positions ${unknownFuses.join(', ')}); ` +
        'they keep Electron’s defaults. Review them when upgrading @electron/fuses.',
    );
  }
  console.log(`[flip-fuses] fuses flipped and verified for ${platform}: ${binary}`);
}
