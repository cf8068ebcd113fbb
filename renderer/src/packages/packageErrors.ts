/**
 * The errors of package export and import. Every refusal of an incoming package is one
 * PackageRejectedError whose message names the entry and the rule it broke and says that nothing was
 * imported, so the person can tell the sender exactly what was wrong (SECURITY.md F5, test case 10).
 */
export type RejectionRule =
  | 'not-a-zip'
  | 'damaged'
  | 'zip64'
  | 'multi-disk'
  | 'too-many-entries'
  | 'path-outside'
  | 'absolute-path'
  | 'backslash'
  | 'folder-entry'
  | 'symlink'
  | 'special-file'
  | 'unexpected-entry'
  | 'duplicate-entry'
  | 'encrypted'
  | 'compression-method'
  | 'entry-too-large'
  | 'package-too-large'
  | 'compression-ratio'
  | 'overlapping-entries'
  | 'missing-manifest'
  | 'invalid-json'
  | 'proto-key'
  | 'invalid-manifest'
  | 'newer-version'
  | 'missing-entry'
  | 'undeclared-entry'
  | 'size-mismatch'
  | 'hash-mismatch'
  | 'count-mismatch'
  | 'invalid-changes'
  | 'altered-change'
  | 'broken-chain'
  | 'out-of-scope'
  | 'invalid-record'
  | 'state-mismatch'
  | 'blob-name-mismatch'
  | 'unreferenced-blob'
  | 'conflicting-change';

export const NOTHING_IMPORTED = 'Nothing was imported.';

export class PackageRejectedError extends Error {
  constructor(
    readonly rule: RejectionRule,
    reason: string,
    readonly entry?: string,
  ) {
    super(`${reason} ${NOTHING_IMPORTED}`);
    this.name = 'PackageRejectedError';
  }
}

/** Export refused before anything was written, e.g. because the package would be too large to read back. */
export class PackageExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageExportError';
  }
}

/**
 * An entry name as it may be shown to a person: names come from the untrusted file, so control and
 * bidirectional-override characters are made visible (a name must not be able to disguise itself,
 * e.g. `a\u202Egpj.exe`) and very long names are shortened.
 */
export function displayEntryName(name: string): string {
  const visible = name.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return visible.length > 120 ? `${visible.slice(0, 117)}…` : visible;
}
