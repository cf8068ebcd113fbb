/**
 * SECURITY.md B2 and the secrets file: on Linux the basic_text backend (a fixed password) is refused
 * with a reason, real keyrings work, and the file is replaced atomically with mode 0600. safeStorage
 * is a fake that "encrypts" reversibly, so the test can see what would reach the disk.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretStore, secretStoreStatus, type SafeStorageLike } from '../../../../main/src/secrets/secretStore';

// Spy on the file operations the store uses, to see how it replaces the file.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});
const fsSpies = await import('node:fs/promises');

function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const { available = true, backend } = options;
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this fake');
      return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
    },
    ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
  };
}

describe('secretStoreStatus', () => {
  it.each(['basic_text', 'unknown'])('refuses the %s backend on Linux and says why', (backend) => {
    const status = secretStoreStatus(fakeSafeStorage({ backend }), 'linux');
    expect(status.available).toBe(false);
    if (!status.available) expect(status.reason).toMatch(/keyring/i);
  });

  it('refuses Linux when the backend cannot be asked', () => {
    expect(secretStoreStatus(fakeSafeStorage(), 'linux').available).toBe(false);
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('accepts the %s keyring on Linux', (backend) => {
    expect(secretStoreStatus(fakeSafeStorage({ backend }), 'linux')).toEqual({ available: true, backend });
  });

  it('uses the keychain on macOS and DPAPI on Windows', () => {
    expect(secretStoreStatus(fakeSafeStorage(), 'darwin')).toEqual({ available: true, backend: 'keychain' });
    expect(secretStoreStatus(fakeSafeStorage(), 'win32')).toEqual({ available: true, backend: 'dpapi' });
  });

  it('refuses every platform when the OS offers no encryption', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const status = secretStoreStatus(fakeSafeStorage({ available: false, backend: 'gnome_libsecret' }), platform);
      expect(status.available).toBe(false);
    }
  });
});

describe('SecretStore', () => {
  let folder: string;
  let file: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'secret-store-'));
    file = join(folder, 'secrets.json');
    vi.mocked(fsSpies.open).mockClear();
    vi.mocked(fsSpies.rename).mockClear();
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses to store or read a secret with basic_text, and writes nothing', async () => {
    const store = new SecretStore(fakeSafeStorage({ backend: 'basic_text' }), file, 'linux');
    await expect(store.set('gateway.token', 'abc')).rejects.toThrow(/keyring/i);
    await expect(store.get('gateway.token')).rejects.toThrow(/keyring/i);
    expect(await readdir(folder)).toEqual([]);
  });

  it('round-trips set, get and delete with the keychain', async () => {
    const store = new SecretStore(fakeSafeStorage(), file, 'darwin');
    expect(store.status()).toEqual({ available: true, backend: 'keychain' });
    expect(await store.get('gateway.token')).toBeNull();
    await store.set('gateway.token', 'eyJ.secret.value');
    await store.set('data-key', 'wrapped');
    expect(await store.get('gateway.token')).toBe('eyJ.secret.value');
    expect(await store.delete('gateway.token')).toBe(true);
    expect(await store.delete('gateway.token')).toBe(false);
    expect(await store.get('gateway.token')).toBeNull();
    expect(await store.get('data-key')).toBe('wrapped');
  });

  it('keeps only sealed values on disk', async () => {
    const store = new SecretStore(fakeSafeStorage({ backend: 'gnome_libsecret' }), file, 'linux');
    await store.set('gateway.token', 'eyJ.secret.value');
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('eyJ.secret.value');
    expect(Object.keys(JSON.parse(onDisk) as object)).toEqual(['gateway.token']);
  });

  it.skipIf(process.platform === 'win32')('writes the file with mode 0600', async () => {
    await new SecretStore(fakeSafeStorage(), file, 'darwin').set('gateway.token', 'x');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('replaces the file by writing a new 0600 temporary file in the same folder and renaming it', async () => {
    const store = new SecretStore(fakeSafeStorage(), file, 'darwin');
    await store.set('a', '1');
    await store.set('b', '2');
    const renames = vi.mocked(fsSpies.rename).mock.calls;
    expect(renames).toHaveLength(2);
    for (const [from, to] of renames) {
      expect(to).toBe(file);
      expect(String(from)).not.toBe(file);
      expect(String(from).startsWith(`${file}.`)).toBe(true);
    }
    const opened = vi.mocked(fsSpies.open).mock.calls;
    expect(opened.map(([path, flags, mode]) => [path, flags, mode])).toEqual(
      renames.map(([from]) => [from, 'wx', 0o600]),
    );
    expect(await readdir(folder)).toEqual(['secrets.json']);
  });

  it('leaves the old file intact and no temporary file behind when the rename fails', async () => {
    const store = new SecretStore(fakeSafeStorage(), file, 'darwin');
    await store.set('a', '1');
    vi.mocked(fsSpies.rename).mockRejectedValueOnce(new Error('disk unplugged'));
    await expect(store.set('b', '2')).rejects.toThrow('disk unplugged');
    expect(await readdir(folder)).toEqual(['secrets.json']);
    expect(await store.get('a')).toBe('1');
    expect(await store.get('b')).toBeNull();
  });

  it('does not lose a secret when two are stored at the same time', async () => {
    const store = new SecretStore(fakeSafeStorage(), file, 'darwin');
    await Promise.all([store.set('a', '1'), store.set('b', '2'), store.set('c', '3')]);
    expect(await Promise.all([store.get('a'), store.get('b'), store.get('c')])).toEqual(['1', '2', '3']);
  });

  it('treats keys that are Object.prototype names as ordinary keys', async () => {
    const store = new SecretStore(fakeSafeStorage(), file, 'darwin');
    await store.set('a', '1');
    expect(await store.get('constructor')).toBeNull();
    expect(await store.delete('toString')).toBe(false);
    expect(await store.delete('constructor')).toBe(false);
    await store.set('constructor', 'fine');
    expect(await store.get('constructor')).toBe('fine');
  });

  it('fails loudly on a corrupt secrets file instead of starting empty', async () => {
    await writeFile(file, 'not json');
    await expect(new SecretStore(fakeSafeStorage(), file, 'darwin').get('a')).rejects.toThrow();
  });
});
