/**
 * Alters real packages the way an attacker or a damaged disk would, using Python's zipfile (a zip
 * implementation independent of the app's), so the tests do not share code with what they test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REWRITE = `
import sys, zipfile
source, target, mode, name = sys.argv[1:5]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if mode == 'tamper' and item.filename == name:
            data = data.replace(b'Labels for patient', b'Lab3ls for patient', 1)  # same length: only the hash can tell
        zout.writestr(item.filename, data)
    if mode == 'add':
        zout.writestr(name, b'evil')
`;

export function rewritePackage(source: Buffer, mode: 'tamper' | 'add', name: string): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'package-'));
  const input = join(folder, 'in.zip');
  const output = join(folder, 'out.zip');
  writeFileSync(input, source);
  execFileSync('python3', ['-c', REWRITE, input, output, mode, name]);
  return readFileSync(output);
}
