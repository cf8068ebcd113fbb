/**
 * What a signature binds to: the content hash changes with any change to what the report says, and
 * not when a signature is added, a copy is printed later, or an annex is left out of a printed copy.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/domain/finding';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { hasValidSignature, reportContentHash } from '../../../shared/report/reportContentHash';
import { ALL_ANNEXES } from '../../../shared/report/reportDocument';
import type { ReportInput } from '../../../shared/report/reportInput';
import { aSignature } from '../../support/domainFactories';
import { aReportFixture } from '../../support/reportFixtures';

const OPTIONS = { generatedAt: '2026-12-01T09:00:00.000Z', annexes: ALL_ANNEXES };

const hashOf = (input: ReportInput, options = OPTIONS) => reportContentHash(buildReportModel(input, options));

function editFirstFinding(input: ReportInput, change: Partial<Finding>): ReportInput {
  return { ...input, findings: input.findings.map((f, i) => (i === 0 ? { ...f, ...change } : f)) };
}

describe('reportContentHash', () => {
  const { input } = aReportFixture();
  const base = hashOf(input);

  it('is a SHA-256 of the content, the same however often it is computed', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(structuredClone(input))).toBe(base);
    expect(buildReportModel(input, OPTIONS).generation.contentSha256).toBe(base);
  });

  it.each<[string, Partial<Finding>]>([
    ['statement', { statement: 'The QP certified 15 batches.' }],
    ['title', { title: 'Changed title' }],
    ['evidence', { evidence: 'Batch B-2213' }],
    ['references', { references: ['EU GMP Ch1'] }],
    ['grade', { classification: 'major' }],
    ['a single character', { statement: `${input.findings[0]?.statement ?? ''} ` }],
  ])('changes when a finding’s %s changes', (_field, change) => {
    expect(hashOf(editFirstFinding(input, change))).not.toBe(base);
  });

  it('changes when a finding is deleted, a site changes, or the outcome is recorded', () => {
    const [first, ...rest] = input.findings;
    const deleted = { ...input, findings: [{ ...first!, _meta: { deleted: { reason: 'x' } } }, ...rest] };
    expect(hashOf(deleted)).not.toBe(base);
    expect(hashOf({ ...input, sites: input.sites.map((s) => ({ ...s, coverage: 'remote' as const })) })).not.toBe(base);
    const closeOut = {
      outcome: 'compliant' as const,
      iagPanel: null,
      statement: '',
      decidedOn: '2026-12-10',
      risk: { complexity: 'low' as const, criticality: 'low' as const, complianceRisk: 'low' as const, notes: '' },
    };
    expect(hashOf({ ...input, inspection: { ...input.inspection, closeOut } })).not.toBe(base);
  });

  it('does not change when a signature is added, on a later print, or with fewer annexes printed', () => {
    const signed = { ...input, signatures: [aSignature(input.inspection.id, { contentSha256: base })] };
    expect(hashOf(signed)).toBe(base);
    expect(hashOf(input, { ...OPTIONS, generatedAt: '2027-01-01T00:00:00.000Z' })).toBe(base);
    expect(hashOf(input, { ...OPTIONS, annexes: { photos: false, documents: false, people: false, definitions: false } })).toBe(
      base,
    );
    expect(
      hashOf({
        ...input,
        issues: [
          {
            id: '0193a1b2-0000-7000-8000-0000000000aa',
            inspectionId: input.inspection.id,
            version: 1,
            issuedAt: '2026-12-02T00:00:00.000Z',
            pdfSha256: 'd'.repeat(64),
            contentSha256: base,
            byteSize: 10,
          },
        ],
      }),
    ).toBe(base);
  });

  it('does not change with the status or the risk inputs, which are not report content', () => {
    expect(hashOf({ ...input, inspection: { ...input.inspection, status: 'closed' } })).toBe(base);
  });
});

describe('signature validity', () => {
  const { input } = aReportFixture();
  const base = hashOf(input);

  it('is valid while the content is the content signed, and invalid after any change', () => {
    const author = aSignature(input.inspection.id, { meaning: 'author', contentSha256: base });
    const signed = { ...input, signatures: [author] };
    const model = buildReportModel(signed, OPTIONS);
    expect(model.signatures.map((s) => s.status)).toEqual(['valid']);
    expect(hasValidSignature(model, 'author')).toBe(true);

    const edited = buildReportModel(editFirstFinding(signed, { statement: 'Edited after signing.' }), OPTIONS);
    expect(edited.signatures.map((s) => s.status)).toEqual(['invalid']);
    expect(hasValidSignature(edited, 'author')).toBe(false);

    // Signing again binds the new signature to the new content; the first stays invalid.
    const again = aSignature(input.inspection.id, {
      contentSha256: edited.generation.contentSha256,
      signedAt: '2026-12-01T10:00:00.000Z',
    });
    const resigned = buildReportModel(
      { ...editFirstFinding(signed, { statement: 'Edited after signing.' }), signatures: [again, author] },
      OPTIONS,
    );
    expect(resigned.signatures.map((s) => [s.signedAt, s.status])).toEqual([
      ['2026-12-01T09:00:00.000Z', 'invalid'],
      ['2026-12-01T10:00:00.000Z', 'valid'],
    ]);
  });

  it('leaves deleted signatures out', () => {
    const withdrawn = { ...aSignature(input.inspection.id, { contentSha256: base }), _meta: { deleted: { reason: 'x' } } };
    expect(buildReportModel({ ...input, signatures: [withdrawn] }, OPTIONS).signatures).toEqual([]);
  });
});
