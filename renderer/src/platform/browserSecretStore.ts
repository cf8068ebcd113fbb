/**
 * The browser's secret store: values sealed with AES-GCM under a non-extractable WebCrypto key. The
 * key object lives in IndexedDB (structured-cloneable, but its bytes can never be read by script), so
 * a copied profile still holds the key: this is the browser's best, and the settings screen says so.
 */
import Dexie, { type Table } from 'dexie';
import type { SecretStore, SecretStoreStatus } from './Platform';

interface SecretRow {
  key: string;
  iv: Uint8Array;
  sealed: ArrayBuffer;
}

interface KeyRow {
  id: 'secret-key';
  key: CryptoKey;
}

class SecretDatabase extends Dexie {
  secrets!: Table<SecretRow, string>;
  keys!: Table<KeyRow, string>;
  constructor() {
    super('workbench-secrets');
    this.version(1).stores({ secrets: 'key', keys: 'id' });
  }
}

export function createBrowserSecretStore(): SecretStore {
  const db = new SecretDatabase();

  async function wrappingKey(): Promise<CryptoKey> {
    const existing = await db.keys.get('secret-key');
    if (existing) return existing.key;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await db.keys.put({ id: 'secret-key', key });
    return key;
  }

  const additionalData = (key: string) => new TextEncoder().encode(`workbench-secret:${key}`);

  return {
    async status(): Promise<SecretStoreStatus> {
      if (!globalThis.crypto?.subtle) return { available: false, reason: 'This browser has no WebCrypto.' };
      return { available: true, backend: 'webcrypto-non-extractable-key' };
    },
    async get(key) {
      const row = await db.secrets.get(key);
      if (!row) return null;
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: row.iv as Uint8Array<ArrayBuffer>, additionalData: additionalData(key) },
        await wrappingKey(),
        row.sealed,
      );
      return new TextDecoder().decode(plain);
    },
    async set(key, value) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: additionalData(key) },
        await wrappingKey(),
        new TextEncoder().encode(value),
      );
      await db.secrets.put({ key, iv, sealed });
    },
    async delete(key) {
      const existed = (await db.secrets.get(key)) !== undefined;
      await db.secrets.delete(key);
      return existed;
    },
  };
}
