/**
 * Signing and issuing against a real (fake-indexeddb) database, through `commit`: a signature binds
 * to the content hash; editing a finding afterwards makes it invalid in the model and the next PDF
 * says so; signing again is valid; issuing stores the PDF as an immutable, content-addressed version
 * whose bytes never change when the report is issued again.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITATION_LIBRARY } from '../../../shared/content/citations/citationLibrary';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { ALL_ANNEXES, SIGNATURE_INVALID_TEXT, type ReportDocument } from '../../../shared/report/reportDocument';
import type { CommitRequest } from '../../../renderer/src/db/commit';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { DataStore } from '../../../renderer/src/db/DataStore';
import { plainCodec } from '../../../renderer/src/db/storageCodec';
import { issueReport, nextIssueVersion, NotSignedError } from '../../../renderer/src/features/report/issueReport';
import { loadReportInput } from '../../../renderer/src/features/report/reportRecords';
import { ReportChangedError, signReport } from '../../../renderer/src/features/report/signReport';
import { renderReportPdf } from '../../../renderer/src/report/renderReportPdf';
import { aReportFixture } from '../../support/reportFixtures';
import { openTestDatabase, testSession } from '../../support/testDatabase';
import { artifactPath, pdfText, readFonts } from './reportTools';

const fonts = readFonts();
const signer = { userId: '0193a1b2-0000-7000-8000-000000000001', name: 'Jo Smith', role: 'Lead inspector' };

describe('signing and issuing the report', () => {
  let store: DataStore;
  let commit: (request: CommitRequest) => Promise<unknown>;
  let inspectionId: string;
  let findingId: string;
  let clock = Date.parse('2026-12-01T09:00:00.000Z');
  const now = () => new Date((clock += 60_000));

  async function currentModel(issueVersion?: number): Promise<ReportDocument> {
    const input = await loadReportInput(store, inspectionId, CITATION_LIBRARY);
    if (!input) throw new Error('inspection missing');
    return buildReportModel(input, {
      generatedAt: now().toISOString(),
      annexes: ALL_ANNEXES,
      ...(issueVersion ? { issueVersion } : {}),
    });
  }

  async function sign(meaning: 'author' | 'reviewer' | 'approver', reviewed?: ReportDocument) {
    const model = await currentModel();
    return signReport(commit, {
      inspectionId,
      signer,
      meaning,
      reviewedContentSha256: (reviewed ?? model).generation.contentSha256,
      currentContentSha256: model.generation.contentSha256,
      now: now(),
    });
  }

  async function render(model: ReportDocument): Promise<Uint8Array> {
    return renderReportPdf(model, { fonts, photoBytes: async () => undefined, photoSize: 'small' });
  }

  beforeAll(async () => {
    store = new DataStore(await openTestDatabase(), plainCodec);
    const session = testSession();
    commit = (request) => store.commit(session, request);
    const { input } = aReportFixture();
    inspectionId = input.inspection.id;
    const live = input.findings.filter((f) => !f._meta);
    findingId = live[0]?.id ?? '';
    await commit({
      intents: [
        { op: 'create', entity: 'inspection', fields: input.inspection },
        ...input.sites.map((fields) => ({ op: 'create' as const, entity: 'site' as const, fields })),
        ...input.products.map((fields) => ({ op: 'create' as const, entity: 'product' as const, fields })),
        ...live.map((fields) => ({ op: 'create' as const, entity: 'finding' as const, fields })),
        ...input.people.map((fields) => ({ op: 'create' as const, entity: 'person' as const, fields })),
      ],
    });
  });

  it('refuses to issue an unsigned report', async () => {
    const model = await currentModel(1);
    await expect(
      issueReport(commit, { inspectionId, inspectionStatus: 'reporting', model, pdf: await render(model) }),
    ).rejects.toBeInstanceOf(NotSignedError);
  }, 30_000);

  it('binds a signature to the content; an edit afterwards invalidates it, in the model and in the PDF', async () => {
    const signature = await sign('author');
    const signed = await currentModel();
    expect(signature.contentSha256).toBe(signed.generation.contentSha256);
    expect(signed.signatures.map((s) => s.status)).toEqual(['valid']);

    // The inspection is past its closing meeting, so the edit needs a reason (Annex 11 §9).
    await commit({
      intents: [{ op: 'update', entity: 'finding', id: findingId, fields: { statement: 'The QP certified 15 batches.' } }],
      reason: 'Batch count corrected after review of the QP register',
    });
    const edited = await currentModel();
    expect(edited.generation.contentSha256).not.toBe(signed.generation.contentSha256);
    expect(edited.signatures.map((s) => s.status)).toEqual(['invalid']);

    const path = artifactPath('report-signature-invalid.pdf');
    writeFileSync(path, await render(edited));
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain(SIGNATURE_INVALID_TEXT);
    expect(text).toContain('Author (prepared by): Jo Smith');
  }, 30_000);

  it('refuses a signature on a preview that is no longer the report', async () => {
    const stale = await currentModel();
    await commit({
      intents: [{ op: 'update', entity: 'finding', id: findingId, fields: { title: 'Retitled after the preview' } }],
      reason: 'Clearer title',
    });
    await expect(sign('author', stale)).rejects.toBeInstanceOf(ReportChangedError);
  });

  it('signs again, issues version 1, and keeps its bytes unchanged when version 2 is issued', async () => {
    await sign('author');
    const signed = await currentModel();
    expect(signed.signatures.map((s) => s.status)).toEqual(['invalid', 'valid']);

    const v1Model = await currentModel(nextIssueVersion(await store.list('reportIssue', { inspectionId })));
    const v1Pdf = await render(v1Model);
    const v1 = await issueReport(commit, { inspectionId, inspectionStatus: 'reporting', model: v1Model, pdf: v1Pdf });
    expect(v1.version).toBe(1);
    expect(v1.pdfSha256).toBe(await sha256Hex(v1Pdf));
    expect(v1.contentSha256).toBe(signed.generation.contentSha256);
    expect((await store.get('inspection', inspectionId))?.status).toBe('report-issued');
    const v1Stored = await store.blobBytes(v1.pdfSha256);
    expect(v1Stored).toEqual(v1Pdf);
    expect(pdfText(writePdf('report-issued-v1.pdf', v1Stored))).toContain('Issued version 1');

    // A later change, signed again, is issued as version 2 beside version 1.
    await commit({
      intents: [{ op: 'update', entity: 'finding', id: findingId, fields: { evidence: 'QP register entries 1 to 15' } }],
      reason: 'Evidence added',
    });
    await sign('author');
    const v2Model = await currentModel(nextIssueVersion(await store.list('reportIssue', { inspectionId })));
    const v2 = await issueReport(commit, {
      inspectionId,
      inspectionStatus: 'report-issued',
      model: v2Model,
      pdf: await render(v2Model),
    });
    expect(v2.version).toBe(2);
    expect(v2.pdfSha256).not.toBe(v1.pdfSha256);
    const issues = await store.list('reportIssue', { inspectionId });
    expect(issues.map((i) => i.version).sort()).toEqual([1, 2]);
    const v1Again = await store.blobBytes(v1.pdfSha256);
    expect(v1Again).toEqual(v1Pdf);
    expect(await sha256Hex(v1Again ?? new Uint8Array())).toBe(v1.pdfSha256);
    // The version 2 PDF lists version 1 in its document control.
    expect(pdfText(writePdf('report-issued-v2.pdf', await store.blobBytes(v2.pdfSha256))).replace(/\s+/g, ' ')).toContain(
      `PDF SHA-256 ${v1.pdfSha256}`,
    );
  }, 60_000);
});

function writePdf(name: string, bytes: Uint8Array | undefined): string {
  if (!bytes) throw new Error(`${name}: no bytes`);
  const path = artifactPath(name);
  writeFileSync(path, bytes);
  return path;
}
