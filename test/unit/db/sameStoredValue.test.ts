import { describe, expect, it } from 'vitest';
import { sameStoredValue } from '../../../renderer/src/db/sameStoredValue';

describe('sameStoredValue', () => {
  const row = () => ({
    id: 'f1',
    inspectionId: 'i1',
    body: { sealed: 'aes-256-gcm/1', iv: new Uint8Array([1, 2, 3]), data: new Uint8Array([4, 5]) },
    tags: ['a', null, 3],
  });

  it('takes structured clones of the same row as the same', () => {
    expect(sameStoredValue(row(), structuredClone(row()))).toBe(true);
    expect(sameStoredValue(undefined, undefined)).toBe(true);
  });

  it('tells apart rows that differ in one byte, one value, one key or one item', () => {
    const iv = row();
    iv.body.iv[2] = 9;
    expect(sameStoredValue(row(), iv)).toBe(false);
    expect(sameStoredValue(row(), { ...row(), inspectionId: 'i2' })).toBe(false);
    expect(sameStoredValue(row(), { ...row(), extra: undefined })).toBe(false);
    expect(sameStoredValue(row(), { ...row(), tags: ['a', null] })).toBe(false);
    expect(sameStoredValue(row(), undefined)).toBe(false);
    expect(sameStoredValue({ a: 1 }, { b: 1 })).toBe(false);
  });

  it('never takes values it cannot compare (a Blob, a Date) as unchanged', () => {
    const blob = new Blob(['x']);
    expect(sameStoredValue({ b: blob }, { b: new Blob(['x']) })).toBe(false);
    expect(sameStoredValue(new Date(0), new Date(0))).toBe(false);
  });
});
