/**
 * Secrets (gateway tokens, the wrapped data key) encrypted with Electron's safeStorage and kept in one
 * file in the user data folder. On Linux without a keyring safeStorage silently falls back to
 * `basic_text`, a fixed password that protects nothing (SECURITY.md B2): that backend is refused and
 * the store reports itself unavailable with the reason, so the app asks for a passphrase instead.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { z } from 'zod';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export type SecretStoreStatus = { available: true; backend: string } | { available: false; reason: string };

const SecretFileSchema = z.record(z.string(), z.string());

export function secretStoreStatus(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretStoreStatus {
  if (!safeStorage.isEncryptionAvailable()) {
    return { available: false, reason: 'The operating system offers no encryption for stored secrets.' };
  }
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') {
      return {
        available: false,
        reason:
          'No system keyring (GNOME Keyring or KWallet) is running, so Electron would protect secrets only ' +
          'with a fixed built-in password. The workbench refuses that and uses your passphrase instead.',
      };
    }
    return { available: true, backend };
  }
  return { available: true, backend: platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : platform };
}

export class SecretStore {
  /** Operations run one at a time: two overlapping read-modify-write cycles would lose a secret. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly filePath: string,
    private readonly platform: NodeJS.Platform,
  ) {}

  status(): SecretStoreStatus {
    return secretStoreStatus(this.safeStorage, this.platform);
  }

  async get(key: string): Promise<string | null> {
    this.assertAvailable();
    return this.exclusive(async () => {
      const secrets = await this.readAll();
      // Own keys only: a key such as `constructor` is a valid secret name and must not hit the prototype.
      const sealed = Object.hasOwn(secrets, key) ? secrets[key] : undefined;
      return sealed === undefined ? null : this.safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    });
  }

  async set(key: string, value: string): Promise<void> {
    this.assertAvailable();
    return this.exclusive(async () => {
      const secrets = await this.readAll();
      secrets[key] = this.safeStorage.encryptString(value).toString('base64');
      await this.writeAll(secrets);
    });
  }

  async delete(key: string): Promise<boolean> {
    return this.exclusive(async () => {
      const secrets = await this.readAll();
      if (!Object.hasOwn(secrets, key)) return false;
      delete secrets[key];
      await this.writeAll(secrets);
      return true;
    });
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private assertAvailable(): void {
    const status = this.status();
    if (!status.available) throw new Error(status.reason);
  }

  private async readAll(): Promise<Record<string, string>> {
    try {
      return SecretFileSchema.parse(JSON.parse(await readFile(this.filePath, 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  /**
   * Write to a new temporary file and rename it over the old one, so a crash never leaves a half-written
   * secrets file. The temporary file is created exclusively with mode 0600 (a stale file from an earlier
   * crash could have looser permissions, which rename would carry over) and flushed before the rename.
   */
  private async writeAll(secrets: Record<string, string>): Promise<void> {
    const temporary = `${this.filePath}.${randomUUID()}.tmp`;
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(secrets));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.filePath);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
