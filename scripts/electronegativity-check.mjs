#!/usr/bin/env node
/**
 * SECURITY.md A7: runs Electronegativity over the Electron code (main process and preload, in main/)
 * and compares its findings with the reviewed baseline in security/electronegativity-baseline.csv.
 * Electronegativity always exits 0, so this comparison is what decides: any finding of MEDIUM or
 * above that is not in the baseline fails the check. Findings are matched by rule, file and the code
 * it quotes (whitespace collapsed), not by line number, so unrelated edits that shift lines do not
 * fail it. The one check that goes to the network (AvailableSecurityFixesGlobalCheck) is excluded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const BASELINE = join(root, 'security', 'electronegativity-baseline.csv');
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** @typedef {{ rule: string, severity: string, file: string, location: string, sample: string }} Finding */

/**
 * RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += char;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** @param {string} text */
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** @param {{ rule: string, file: string, sample: string }} finding */
export function findingKey({ rule, file, sample }) {
  return `${rule}|${file}|${collapse(sample)}`;
}

/**
 * Electronegativity's CSV (issue, severity, confidence, filename, location, sample, …) as findings.
 * @param {string} text
 * @param {string} base
 * @returns {Finding[]}
 */
export function findingsFromReport(text, base) {
  const [, ...rows] = parseCsv(text);
  return rows.map(([rule = '', severity = '', , filename = '', location = '', sample = '']) => ({
    rule: rule.trim(),
    severity: severity.trim().toUpperCase(),
    file: filename.trim() === 'N/A' ? 'N/A' : relative(base, resolve(base, filename.trim())).replaceAll('\\', '/'),
    location: location.trim(),
    sample: sample.trim(),
  }));
}

/**
 * @param {string} text
 * @returns {Set<string>}
 */
export function readBaseline(text) {
  const [, ...rows] = parseCsv(text);
  return new Set(rows.map(([rule = '', file = '', sample = '']) => findingKey({ rule, file, sample })));
}

/**
 * @param {Finding[]} findings
 * @param {Set<string>} baseline
 */
export function compare(findings, baseline) {
  const keys = new Set(findings.map(findingKey));
  return {
    unreviewed: findings.filter((f) => !baseline.has(findingKey(f))),
    gone: [...baseline].filter((key) => !keys.has(key)),
  };
}

function runElectronegativity() {
  const folder = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const output = join(folder, 'findings.csv');
  try {
    const result = spawnSync(
      'npx',
      [
        '--no-install',
        'electronegativity',
        '-i',
        'main',
        '-e',
        '45.0.0',
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-o',
        output,
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (result.error) throw result.error;
    return readFileSync(output, 'utf8');
  } catch (error) {
    throw new Error(
      `Electronegativity did not produce a report: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = findingsFromReport(runElectronegativity(), root);
  const { unreviewed, gone } = compare(findings, readBaseline(readFileSync(BASELINE, 'utf8')));
  const failing = unreviewed.filter((f) => FAILING.has(f.severity));
  for (const f of unreviewed) {
    const mark = FAILING.has(f.severity) ? 'NEW' : 'new (below MEDIUM, not failing)';
    console.log(`${mark}: ${f.rule} ${f.severity} ${f.file}:${f.location} ${collapse(f.sample)}`);
  }
  for (const key of gone) console.log(`no longer found (remove from the baseline): ${key}`);
  console.log(`Electronegativity: ${findings.length} findings, ${unreviewed.length} not in the reviewed baseline.`);
  if (failing.length > 0) {
    console.error(
      `${failing.length} new finding(s) of MEDIUM or above. Fix them, or review each and add it to ` +
        'security/electronegativity-baseline.csv with its reason in security/README.md.',
    );
    process.exit(1);
  }
}
