/**
 * Photo bytes hashed once at capture: `commit` takes their hash without hashing again, and still
 * stores nothing under a hash its bytes do not have.
 */
import { describe, expect, it, vi } from 'vitest';
import { commit, CommitValidationError } from '../../../renderer/src/db/commit';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { bytesOf, hashBlob, type HashedBlob } from '../../../renderer/src/db/hashedBlob';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { openTestDatabase, testSession } from '../../support/testDatabase';

const photoBytes = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 6, 5, 0xff, 0xd9]);

async function stored(db: Awaited<ReturnType<typeof openTestDatabase>>, sha256: string) {
  const row = await db.blobs.get(sha256);
  return row ? plainCodec.decodeBlob(row) : undefined;
}

describe('a hashed blob', () => {
  it('is stored by commit without being hashed again', async () => {
    const db = await openTestDatabase();
    const bytes = photoBytes();
    const blob = await hashBlob(bytes, 'image/jpeg');
    expect(blob.sha256).toBe(await sha256Hex(bytes));
    const digest = vi.spyOn(crypto.subtle, 'digest');
    try {
      await commit(db, plainCodec, testSession(), { intents: [], blobs: [blob] });
      expect(digest).not.toHaveBeenCalled();
    } finally {
      digest.mockRestore();
    }
    expect(await stored(db, blob.sha256)).toEqual(bytes);
  });

  it('stores the bytes as they were hashed, whatever the caller does to its array or to a copy afterwards', async () => {
    const db = await openTestDatabase();
    const bytes = photoBytes();
    const blob = await hashBlob(bytes, 'image/jpeg');
    const original = bytes.slice();
    bytes.fill(0);
    bytesOf(blob).fill(1);
    await commit(db, plainCodec, testSession(), { intents: [], blobs: [blob] });
    expect(await stored(db, blob.sha256)).toEqual(original);
  });

  it('cannot be forged: a look-alike is refused, and its hash cannot be reassigned', async () => {
    const db = await openTestDatabase();
    const blob = await hashBlob(photoBytes(), 'image/jpeg');
    const lookAlike: HashedBlob = { ...blob };
    await expect(commit(db, plainCodec, testSession(), { intents: [], blobs: [lookAlike] })).rejects.toBeInstanceOf(
      CommitValidationError,
    );
    expect(() => {
      (blob as { sha256: string }).sha256 = '0'.repeat(64);
    }).toThrow(TypeError);
    expect(await db.blobs.count()).toBe(0);
  });

  it('leaves plain inputs checked as before: bytes that do not match their hash are refused', async () => {
    const db = await openTestDatabase();
    const bytes = photoBytes();
    await expect(
      commit(db, plainCodec, testSession(), {
        intents: [],
        blobs: [{ sha256: (await hashBlob(new Uint8Array([1]), 'image/jpeg')).sha256, mediaType: 'image/jpeg', bytes }],
      }),
    ).rejects.toBeInstanceOf(CommitValidationError);
    expect(await db.blobs.count()).toBe(0);
  });
});
