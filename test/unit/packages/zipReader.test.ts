/**
 * The ZIP reader's own rules, on hand-crafted archives: what it reads, and each structure an
 * inspection package never has (ZIP64, split archives, encryption, other compression, overlapping or
 * inconsistent entries, special files, too many entries), refused with its own message.
 */
import { describe, expect, it } from 'vitest';
import { PackageRejectedError } from '../../../renderer/src/packages/packageErrors';
import { readZip } from '../../../renderer/src/packages/zipReader';
import { parseUntrustedJson } from '../../../shared/packages/untrustedJson';
import { craftZip, type CraftedEntry } from '../../support/zipCrafting';

const text = (value: string) => new TextEncoder().encode(value);
const blob = (char: string) => `blobs/${char.repeat(64)}`;

async function rejection(bytes: Uint8Array): Promise<PackageRejectedError> {
  const error: unknown = await readZip(bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PackageRejectedError))
    throw new Error(`expected a PackageRejectedError, got ${String(error)}`);
  return error;
}

describe('readZip', () => {
  it('reads stored and deflated entries', async () => {
    const entries = await readZip(
      craftZip([
        { name: 'manifest.json', data: text('{"a":1}') },
        { name: blob('a'), data: new Uint8Array([1, 2, 3]), method: 0 },
        { name: 'state.json', data: new Uint8Array(0), method: 0 },
      ]),
    );
    expect([...entries.keys()]).toEqual(['manifest.json', blob('a'), 'state.json']);
    expect(new TextDecoder().decode(entries.get('manifest.json'))).toBe('{"a":1}');
    expect(entries.get(blob('a'))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('tolerates an archive comment', async () => {
    const entries = await readZip(craftZip([{ name: 'state.json', data: text('{}') }], { comment: 'made by hand' }));
    expect(entries.size).toBe(1);
  });

  const cases: { rule: string; entries: CraftedEntry[]; options?: Parameters<typeof craftZip>[1]; message: string }[] =
    [
      {
        rule: 'encrypted',
        entries: [{ name: 'state.json', data: text('{}'), flags: 0x0001 }],
        message: 'The package entry state.json is encrypted with a ZIP password; inspection packages never are.',
      },
      {
        rule: 'compression-method',
        entries: [{ name: 'state.json', data: text('{}'), method: 12 }],
        message: 'The package entry state.json uses a compression method this app does not read (method 12)',
      },
      {
        rule: 'special-file',
        entries: [{ name: blob('a'), data: new Uint8Array(0), method: 0, externalAttributes: (0o010644 << 16) >>> 0 }],
        message: `The package contains ${blob('a')}, which is not an ordinary file.`,
      },
      {
        rule: 'damaged',
        entries: [{ name: 'state.json', data: text('{}'), crc32: 0x12345678 }],
        message:
          'The package is damaged or incomplete: the entry state.json does not match its recorded size and checksum.',
      },
      {
        rule: 'damaged',
        entries: [{ name: 'state.json', data: text('{}'), localName: 'changes.json' }],
        message: 'the entry state.json does not match its table of contents entry',
      },
      {
        rule: 'damaged',
        entries: [{ name: 'state.json', data: text('{}'), rawData: new Uint8Array([0xff, 0xff, 0xff]) }],
        message: 'the entry state.json cannot be decompressed',
      },
      {
        rule: 'unexpected-entry',
        entries: [{ name: 'state.json\u0000.exe', data: text('{}') }],
        message: 'does not belong in an inspection package: state.json\\u0000.exe.',
      },
      {
        rule: 'multi-disk',
        entries: [{ name: 'state.json', data: text('{}') }],
        options: { diskNumber: 1 },
        message: 'The package is one part of a ZIP split across several files; an inspection package is a single file.',
      },
      {
        rule: 'zip64',
        entries: [{ name: 'state.json', data: text('{}') }],
        options: { declaredEntries: 0xffff },
        message: 'The package uses the ZIP64 format, which inspection packages never use.',
      },
      {
        rule: 'too-many-entries',
        entries: [{ name: 'state.json', data: text('{}') }],
        options: { declaredEntries: 10_004 },
        message: 'The package has 10,004 entries, more than the 10,003 an inspection package may hold.',
      },
    ];

  for (const { rule, entries, options, message } of cases) {
    it(`refuses: ${rule} (${message.slice(0, 60)}…)`, async () => {
      const error = await rejection(craftZip(entries, options));
      expect(error.rule).toBe(rule);
      expect(error.message).toContain(message);
      expect(error.message).toMatch(/Nothing was imported\.$/);
    });
  }

  it('refuses entries that share their bytes (a non-recursive zip bomb)', async () => {
    // The second entry's local header and data sit inside the first entry's data.
    const inner = craftZip([{ name: blob('b'), data: new Uint8Array(10).fill(1), method: 0 }]);
    const innerLocal = inner.slice(0, 30 + 70 + 10);
    const outer = craftZip([{ name: blob('a'), data: innerLocal, method: 0 }]);
    const view = new DataView(outer.buffer);
    const directoryOffset = view.getUint32(outer.length - 6, true);
    const directorySize = view.getUint32(outer.length - 10, true);
    const first = outer.slice(directoryOffset, directoryOffset + directorySize);
    const second = inner.slice(new DataView(inner.buffer).getUint32(inner.length - 6, true), inner.length - 22);
    new DataView(second.buffer).setUint32(42, 30 + 70, true); // inner local header sits inside a's data
    const end = outer.slice(outer.length - 22);
    const endView = new DataView(end.buffer);
    endView.setUint16(8, 2, true);
    endView.setUint16(10, 2, true);
    endView.setUint32(12, first.length + second.length, true);
    const crafted = new Uint8Array([...outer.slice(0, directoryOffset), ...first, ...second, ...end]);
    const error = await rejection(crafted);
    expect(error.rule).toBe('overlapping-entries');
    expect(error.message).toContain('share the same bytes, as crafted zip bombs do.');
  });
});

describe('parseUntrustedJson', () => {
  it('parses ordinary JSON, including "__proto__" inside a string', () => {
    expect(parseUntrustedJson('{"note":"see __proto__"}')).toEqual({ ok: true, value: { note: 'see __proto__' } });
  });

  it('refuses __proto__ keys at any depth and however escaped', () => {
    for (const text of ['{"__proto__":1}', '[{"a":{"__proto__":{}}}]', '{"\\u005f_proto__":null}'])
      expect(parseUntrustedJson(text)).toMatchObject({ ok: false, problem: 'proto-key' });
  });

  it('refuses nesting deeper than the limit', () => {
    expect(parseUntrustedJson(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatchObject({ ok: false, problem: 'too-deep' });
    expect(parseUntrustedJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    expect(
      parseUntrustedJson('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}').ok,
    ).toBe(true);
  });
});
