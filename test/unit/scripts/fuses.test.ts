/**
 * SECURITY.md A6: the fuse table the afterPack hook applies equals the requirement, covers every fuse
 * @electron/fuses knows, and the hook really flips a binary's wire (a fake binary with Electron's
 * default wire) and refuses to let a build through when it cannot.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import afterPack from '../../../scripts/flip-fuses.mjs';
import {
  checkFuseWire,
  electronBinaryPath,
  fuseConfigFor,
  fuseSettingsFor,
  FUSES,
  type ElectronPlatformName,
  type FuseName,
} from '../../../scripts/fuses.mjs';
import { writeFakeElectronBinary } from '../../support/fakeElectronBinary';

/** SECURITY.md A6, transcribed: RunAsNode=0, NodeOptions=0, NodeCliInspect=0, CookieEncryption=1,
 * OnlyLoadAppFromAsar=1, EmbeddedAsarIntegrityValidation=1 (win and mac), GrantFileProtocolExtraPrivileges=0. */
function securityA6(platform: ElectronPlatformName): Partial<Record<FuseName, boolean>> {
  return {
    RunAsNode: false,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableCookieEncryption: true,
    OnlyLoadAppFromAsar: true,
    EnableEmbeddedAsarIntegrityValidation: platform === 'win32' || platform === 'darwin' || platform === 'mas',
    GrantFileProtocolExtraPrivileges: false,
  };
}

const PLATFORMS: ElectronPlatformName[] = ['linux', 'win32', 'darwin', 'mas'];
const KNOWN_FUSES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

describe('the fuse table', () => {
  it.each(PLATFORMS)('matches SECURITY.md A6 on %s', (platform) => {
    expect(fuseSettingsFor(platform)).toMatchObject(securityA6(platform));
  });

  it('decides every fuse @electron/fuses knows, so an upgrade that adds one fails here', () => {
    expect(Object.keys(FUSES).sort()).toEqual([...KNOWN_FUSES].sort());
  });

  it.each(PLATFORMS)('becomes the flipFuses configuration for %s, fuse by fuse', (platform) => {
    const config = fuseConfigFor(platform);
    expect(config.version).toBe(FuseVersion.V1);
    const settings = fuseSettingsFor(platform);
    for (const name of KNOWN_FUSES as FuseName[]) {
      expect(config[FuseV1Options[name]], name).toBe(settings[name]);
    }
    expect(config.resetAdHocDarwinSignature).toBe(platform === 'darwin' || platform === 'mas');
  });
});

describe('electronBinaryPath', () => {
  const packager = { appInfo: { productFilename: 'Inspection Workbench' }, executableName: 'inspection-workbench' };
  it.each([
    ['linux', join('/out', 'inspection-workbench')],
    ['win32', join('/out', 'Inspection Workbench.exe')],
    ['darwin', join('/out', 'Inspection Workbench.app')],
    ['mas', join('/out', 'Inspection Workbench.app')],
  ])('finds the %s binary where electron-builder puts it', (platform, expected) => {
    expect(electronBinaryPath({ appOutDir: '/out', electronPlatformName: platform, packager })).toBe(expected);
  });

  it('refuses a platform it has no fuses for', () => {
    expect(() => electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'aix', packager })).toThrow(/aix/);
  });
});

describe('checkFuseWire', () => {
  it('lists every fuse that differs from the table', () => {
    const wire = { 0: 0x31, 1: 0x30, 2: 0x30, 3: 0x30, 4: 0x30, 5: 0x31, 6: 0x30, 7: 0x30 };
    expect(checkFuseWire(wire, 'linux')).toEqual({
      mismatches: [
        'RunAsNode should be off but the binary has on',
        'EnableCookieEncryption should be on but the binary has off',
      ],
      unknownFuses: [],
    });
  });

  it('reports fuses newer than @electron/fuses', () => {
    const wire = { 0: 0x30, 1: 0x31, 2: 0x30, 3: 0x30, 4: 0x30, 5: 0x31, 6: 0x30, 7: 0x30, 8: 0x31 };
    expect(checkFuseWire(wire, 'linux')).toEqual({ mismatches: [], unknownFuses: [8] });
  });
});

describe('the afterPack hook', () => {
  let appOutDir: string;
  const packager = { appInfo: { productFilename: 'Inspection Workbench' }, executableName: 'inspection-workbench' };

  beforeEach(async () => {
    appOutDir = await mkdtemp(join(tmpdir(), 'fuses-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(appOutDir, { recursive: true, force: true });
  });

  async function wireAfterHook(platform: 'linux' | 'win32', binaryName: string, wire?: string) {
    const binary = join(appOutDir, binaryName);
    await writeFakeElectronBinary(binary, wire);
    await afterPack({ appOutDir, electronPlatformName: platform, packager });
    return { wire: await getCurrentFuseWire(binary) };
  }

  const asBooleans = (wire: Record<number, unknown>) =>
    Object.fromEntries(KNOWN_FUSES.map((name) => [name, wire[FuseV1Options[name as FuseName]] === 0x31]));

  it('flips the Linux binary from Electron defaults to A6', async () => {
    const { wire } = await wireAfterHook('linux', 'inspection-workbench');
    expect(asBooleans(wire)).toMatchObject(securityA6('linux'));
    expect(asBooleans(wire)).toEqual(fuseSettingsFor('linux'));
  });

  it('flips the Windows .exe, with asar integrity on', async () => {
    const { wire } = await wireAfterHook('win32', 'Inspection Workbench.exe');
    expect(asBooleans(wire)).toMatchObject(securityA6('win32'));
    expect(asBooleans(wire)['EnableEmbeddedAsarIntegrityValidation']).toBe(true);
  });

  it('leaves a fuse it does not know alone and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { wire } = await wireAfterHook('linux', 'inspection-workbench', '101100011');
    expect(wire[8 as FuseV1Options]).toBe(0x31);
    expect(asBooleans(wire)).toEqual(fuseSettingsFor('linux'));
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('positions 8'));
  });

  it('fails the build when the binary has no fuse wire', async () => {
    const binary = join(appOutDir, 'inspection-workbench');
    await writeFile(binary, 'not electron');
    await expect(afterPack({ appOutDir, electronPlatformName: 'linux', packager })).rejects.toThrow(/sentinel/);
  });

  it('refuses an unknown platform', async () => {
    await expect(afterPack({ appOutDir, electronPlatformName: 'aix', packager })).rejects.toThrow(/aix/);
  });
});

describe('electron-builder.yml', () => {
  it('runs this hook after packing and does not flip fuses a second way', async () => {
    const config = await readFile(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^afterPack: \.\/scripts\/flip-fuses\.mjs$/m);
    expect(config).not.toMatch(/^\s*electronFuses:/m);
    expect(config).toMatch(/^asar: true$/m);
  });
});
