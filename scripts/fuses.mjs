/**
 * The Electron fuses of the packaged app (SECURITY.md A6), decided in this one table. Fuses are bits
 * compiled into the Electron binary that turn features off for good, so an attacker with a shell on
 * the machine cannot use the signed app as a Node runtime (RunAsNode, NODE_OPTIONS, --inspect) or
 * make it load code from outside its asar. Read by the electron-builder afterPack hook
 * (flip-fuses.mjs) and by the unit test that compares the table with A6.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { join } from 'node:path';

/** @typedef {'darwin' | 'mas' | 'win32' | 'linux'} ElectronPlatformName */
/** @typedef {keyof typeof FuseV1Options} FuseName */
/** @typedef {boolean | Readonly<Record<ElectronPlatformName, boolean>>} FuseSetting */
/**
 * The parts of electron-builder's AfterPackContext that the fuse hook reads.
 * @typedef {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} PackContext
 */

/**
 * Every fuse @electron/fuses knows is decided explicitly, including the ones left at Electron's
 * default, so a reviewer sees the whole wire.
 * @type {Readonly<Record<FuseName, FuseSetting>>}
 */
export const FUSES = Object.freeze({
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Electron validates the asar's embedded hash only on macOS and Windows; there is nothing to check
  // it against on Linux, so it stays off there (A6: "win and mac").
  EnableEmbeddedAsarIntegrityValidation: Object.freeze({ darwin: true, mas: true, win32: true, linux: false }),
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
});

/** The byte values the fuse wire holds for off and on (ASCII '0' and '1'). */
export const FUSE_WIRE_DISABLED = 0x30;
export const FUSE_WIRE_ENABLED = 0x31;

/** @param {string} platform @returns {platform is ElectronPlatformName} */
export function isElectronPlatformName(platform) {
  return platform === 'darwin' || platform === 'mas' || platform === 'win32' || platform === 'linux';
}

/** @param {ElectronPlatformName} platform @returns {Record<FuseName, boolean>} */
export function fuseSettingsFor(platform) {
  /** @type {Partial<Record<FuseName, boolean>>} */
  const settings = {};
  for (const [name, setting] of /** @type {[FuseName, FuseSetting][]} */ (Object.entries(FUSES))) {
    settings[name] = typeof setting === 'boolean' ? setting : setting[platform];
  }
  return /** @type {Record<FuseName, boolean>} */ (settings);
}

/**
 * The configuration handed to @electron/fuses' flipFuses for one platform.
 * @param {ElectronPlatformName} platform
 * @returns {import('@electron/fuses').FuseV1Config}
 */
export function fuseConfigFor(platform) {
  /** @type {Partial<Record<FuseV1Options, boolean>>} */
  const wire = {};
  for (const [name, enabled] of Object.entries(fuseSettingsFor(platform))) {
    wire[FuseV1Options[/** @type {FuseName} */ (name)]] = enabled;
  }
  return {
    version: FuseVersion.V1,
    // Flipping fuses changes the binary and breaks its ad-hoc signature on Apple silicon; re-sign it
    // ad hoc so an unsigned local build still starts (a release build is signed properly afterwards).
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    ...wire,
  };
}

/**
 * Compares a fuse wire read back from a binary with the table. Returns one line per fuse that is
 * not as decided (empty when all are right), and the positions of fuses newer than @electron/fuses,
 * which the table cannot decide and a person should look at.
 * @param {Readonly<Record<number, number>>} wire
 * @param {ElectronPlatformName} platform
 * @returns {{ mismatches: string[], unknownFuses: number[] }}
 */
export function checkFuseWire(wire, platform) {
  const mismatches = [];
  for (const [name, enabled] of Object.entries(fuseSettingsFor(platform))) {
    const actual = wire[FuseV1Options[/** @type {FuseName} */ (name)]];
    const expected = enabled ? FUSE_WIRE_ENABLED : FUSE_WIRE_DISABLED;
    if (actual !== expected) {
      mismatches.push(`${name} should be ${enabled ? 'on' : 'off'} but the binary has ${describeFuseState(actual)}`);
    }
  }
  const known = new Set(Object.values(FuseV1Options).filter((value) => typeof value === 'number'));
  const unknownFuses = Object.keys(wire)
    .map(Number)
    .filter((index) => Number.isInteger(index) && !known.has(index));
  return { mismatches, unknownFuses };
}

/** @param {number | undefined} state */
function describeFuseState(state) {
  if (state === FUSE_WIRE_ENABLED) return 'on';
  if (state === FUSE_WIRE_DISABLED) return 'off';
  if (state === undefined) return 'no such fuse';
  return `state ${state}`;
}

/**
 * The file holding the fuse wire in electron-builder's output, found the same way electron-builder's
 * own fuse support does: the .app bundle on macOS, the .exe on Windows, the executable on Linux.
 * @param {PackContext} context
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${product}.app`);
    case 'win32':
      return join(appOutDir, `${product}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? product);
    default:
      throw new Error(`No Electron fuses are defined for platform "${electronPlatformName}"`);
  }
}
