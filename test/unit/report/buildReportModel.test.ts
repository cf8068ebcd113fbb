/**
 * The report model on its own, without any renderer: sections in the order of the Community format,
 * deficiencies grouped by grade and numbered, variants per discipline, deleted findings left out.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/buildReportModel';
import { allDeficiencies } from '../../../shared/report/deficiencies';
import { headingOfReference } from '../../../shared/report/gmpChapters';
import { ALL_ANNEXES, type ReportBlock, type ReportDocument } from '../../../shared/report/reportDocument';
import type { ReportInput } from '../../../shared/report/reportInput';
import { aFinding, aPhotoRecord } from '../../support/domainFactories';
import { aReportFixture } from '../../support/reportFixtures';

const OPTIONS = { generatedAt: '2026-12-01T09:00:00.000Z', annexes: ALL_ANNEXES };

function titles(model: ReportDocument): string[] {
  return model.content.sections.map((s) => `${s.number} ${s.title}`);
}

function onlyDiscipline(input: ReportInput, discipline: 'GMP' | 'GCP' | 'PV'): ReportInput {
  return {
    ...input,
    inspection: { ...input.inspection, disciplines: [discipline] },
    findings: input.findings.filter((f) => f.discipline === discipline),
  };
}

function blocksOf(model: ReportDocument, id: string): readonly ReportBlock[] {
  return model.content.sections.find((s) => s.id === id)?.blocks ?? [];
}

describe('buildReportModel', () => {
  it('puts the sections in the order of the Community format, then the annexes', () => {
    const model = buildReportModel(aReportFixture().input, OPTIONS);
    expect(titles(model)).toEqual([
      '1 Introduction',
      '2 Scope of the inspection',
      '3 Inspected sites and areas',
      '4 Activities and areas not inspected',
      '5 Key personnel met',
      '6 Decentralised manufacturing network',
      "7 Inspectors' findings and observations",
      '8 List of deficiencies',
      '9 Comments and recommendations (ungraded)',
      '10 Other specific issues',
      '11 Miscellaneous',
      '12 Summary and conclusions',
      '13 Distribution of the report',
      '14 Signatures',
      'A Deficiency annex',
      'B Documents reviewed',
      'C People met',
      'D Definitions of the grades',
    ]);
  });

  it('groups deficiencies by grade and numbers them 1.0 / 2.1 / 2.1.1, with the discipline when there are two', () => {
    const model = buildReportModel(aReportFixture().input, OPTIONS);
    const gmp = model.content.deficiencyLists.find((l) => l.discipline === 'GMP');
    expect(gmp?.groups.map((g) => `${g.number} ${g.label}`)).toEqual(['GMP 1.0 Critical', 'GMP 2.0 Major', 'GMP 3.0 Other']);
    expect(gmp?.groups[1]?.deficiencies.map((d) => `${d.number} ${d.reference}`)).toEqual([
      'GMP 2.1 GMP-JS-002',
      'GMP 2.2 GMP-JS-003',
    ]);
    const critical = gmp?.groups[0]?.deficiencies[0];
    expect(critical?.examples.map((e) => e.number)).toEqual(['GMP 1.1.1', 'GMP 1.1.2']);
    expect(critical?.examples[0]?.text).toBe('Batch B-2211 certified on 02/11/2026');
    const pv = model.content.deficiencyLists.find((l) => l.discipline === 'PV');
    expect(pv?.groups.map((g) => g.label)).toEqual(['Critical', 'Major', 'Minor']);
    expect(pv?.groups[0]?.deficiencies).toEqual([]);
    expect(pv?.comments.map((c) => c.number)).toEqual(['PV C1']);
  });

  it('numbers without a discipline prefix when the report has one discipline', () => {
    const model = buildReportModel(onlyDiscipline(aReportFixture().input, 'GMP'), OPTIONS);
    expect(allDeficiencies(model.content.deficiencyLists).map((d) => d.number)).toEqual(['1.1', '2.1', '2.2', '3.1']);
  });

  it('leaves deleted findings out of every part of the model', () => {
    const fixture = aReportFixture();
    const model = buildReportModel(fixture.input, OPTIONS);
    const text = JSON.stringify(model.content);
    expect(text).not.toContain(fixture.deletedFindingId);
    expect(text).not.toContain('Withdrawn duplicate finding');
    expect(allDeficiencies(model.content.deficiencyLists)).toHaveLength(fixture.findingIds.length);
  });

  it('writes GMP in the Community format: findings under chapter headings, the list in the body', () => {
    const model = buildReportModel(onlyDiscipline(aReportFixture().input, 'GMP'), OPTIONS);
    const findings = blocksOf(model, 'findings');
    const headings = findings.filter((b) => b.kind === 'subheading').map((b) => (b.kind === 'subheading' ? b.text : ''));
    expect(headings[0]).toBe('Pharmaceutical quality system (Chapter 1)');
    expect(headings).toContain('Other GMP matters (annexes, legislation, DM guidance)');
    const after = (heading: string) => findings[findings.findIndex((b) => b.kind === 'subheading' && b.text === heading) + 1];
    expect(after('Personnel (Chapter 2)')).toEqual({ kind: 'bullets', items: [expect.stringContaining('GMP-JS-002')] });
    expect(after('Production (Chapter 5)')).toEqual({ kind: 'bullets', items: [expect.stringContaining('GMP-JS-003')] });
    expect(after('Documentation (Chapter 4)')).toEqual({ kind: 'bullets', items: [expect.stringContaining('GMP-MZ-001')] });
    expect(after('Other GMP matters (annexes, legislation, DM guidance)')).toEqual({
      kind: 'bullets',
      items: [expect.stringContaining('GMP-JS-001')],
    });
    expect(blocksOf(model, 'deficiencies').filter((b) => b.kind === 'deficiencyGroup')).toHaveLength(3);
    expect(model.content.sections.some((s) => s.annex === 'deficiencies')).toBe(false);
    expect(model.content.sections.some((s) => s.id === 'comments')).toBe(false);
  });

  it('writes GCP with a numbered deficiency annex 1.0 Critical / 2.0 Major / 3.0 Other', () => {
    const input = aReportFixture().input;
    const id = input.inspection.id;
    const model = buildReportModel(
      {
        ...input,
        inspection: { ...input.inspection, disciplines: ['GCP'] },
        findings: [
          aFinding(id, { reference: 'GCP-JS-001', discipline: 'GCP', classification: 'major', evidence: 'a\nb' }),
          aFinding(id, { reference: 'GCP-JS-002', discipline: 'GCP', classification: 'other' }),
        ],
      },
      OPTIONS,
    );
    const annex = model.content.sections.find((s) => s.annex === 'deficiencies');
    expect(annex?.number).toBe('A');
    const groups = annex?.blocks.flatMap((b) => (b.kind === 'deficiencyGroup' ? [b.group] : [])) ?? [];
    expect(groups.map((g) => `${g.number} ${g.label}`)).toEqual(['1.0 Critical', '2.0 Major', '3.0 Other']);
    expect(groups[1]?.deficiencies[0]?.examples.map((e) => e.number)).toEqual(['2.1.1', '2.1.2']);
    const pointer = blocksOf(model, 'deficiencies');
    expect(pointer).toHaveLength(1);
    expect(pointer[0]?.kind === 'paragraph' && pointer[0].text).toContain('Annex A');
    expect(blocksOf(model, 'findings').some((b) => b.kind === 'subheading' && b.text.includes('Chapter'))).toBe(false);
  });

  it('writes PV with 3.0 Minor and a section of ungraded comments', () => {
    const model = buildReportModel(onlyDiscipline(aReportFixture().input, 'PV'), OPTIONS);
    const annex = model.content.sections.find((s) => s.annex === 'deficiencies');
    const groups = annex?.blocks.flatMap((b) => (b.kind === 'deficiencyGroup' ? [b.group] : [])) ?? [];
    expect(groups.map((g) => `${g.number} ${g.label}`)).toEqual(['1.0 Critical', '2.0 Major', '3.0 Minor']);
    const comments = blocksOf(model, 'comments').find((b) => b.kind === 'deficiencies');
    expect(comments?.kind === 'deficiencies' && comments.deficiencies.map((d) => `${d.number} ${d.reference}`)).toEqual([
      'C1 PV-EP-003',
    ]);
  });

  it('builds the DM section: designation, DMMF version, every site with its coverage and its deficiencies', () => {
    const model = buildReportModel(aReportFixture().input, OPTIONS);
    const tables = blocksOf(model, 'dm-network').flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables[0]?.rows).toEqual([
      ['Autologous CAR-T cell suspension for infusion', 'POC', 'DMD-2026-0007', '3.1'],
    ]);
    expect(tables[1]?.rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['CS-01', 'Visited on site', 'GMP 2.2'],
      ['POC-001', 'Visited on site', 'GMP 1.1, GMP 2.1'],
      ['POC-002', 'Reviewed remotely', 'PV 2.1'],
      ['MU-07', 'Not covered', 'None'],
    ]);
  });

  it('puts the sites with identifiers, dates, team and products on the cover', () => {
    const { cover } = buildReportModel(aReportFixture().input, OPTIONS).content;
    expect(cover.reportReference).toBe('INS-GMP-2026-0143');
    expect(cover.fields).toContainEqual({ label: 'Inspection dates', value: '23 to 26 November 2026' });
    expect(cover.sites.map((s) => s[0])).toEqual(['CS-01', 'POC-001', 'POC-002', 'MU-07']);
    expect(cover.team.map((t) => `${t[0]}: ${t[1]}`)).toEqual([
      'Jo Smith: Lead inspector',
      'Ελένη Παπαδοπούλου: Inspector',
      'Dr Marek Żuławski: Expert',
    ]);
    expect(cover.products[0]?.[3]).toBe('DMD-2026-0007');
  });

  it('follows up previous findings and states the compliance outcome from the close-out', () => {
    const fixture = aReportFixture();
    const open = buildReportModel(fixture.input, OPTIONS);
    const followUp = blocksOf(open, 'other-issues').find((b) => b.kind === 'table');
    expect(followUp?.kind === 'table' && followUp.rows.map((r) => [r[0], r[4]])).toEqual([
      ['GMP-AB-004', 'GMP 2.2 GMP-JS-003'],
      ['GMP-AB-007', 'Closed at this inspection; no repeat finding'],
    ]);
    expect(JSON.stringify(blocksOf(open, 'conclusion'))).toContain('has not yet been decided');

    const referred = buildReportModel(
      {
        ...fixture.input,
        inspection: {
          ...fixture.input.inspection,
          closeOut: {
            outcome: 'referred-to-iag',
            iagPanel: 'IAG1',
            statement: 'Critical finding on QP certification.',
            decidedOn: '2026-12-10',
            risk: { complexity: 'high', criticality: 'high', complianceRisk: 'high', notes: '' },
          },
        },
      },
      OPTIONS,
    );
    const text = JSON.stringify(blocksOf(referred, 'conclusion'));
    expect(text).toContain('referred to the Inspection Action Group, IAG1 (GMP and GDP)');
    expect(text).toContain('Critical finding on QP certification.');
  });

  it('numbers the photo annex in the order of the deficiencies, without photos of deleted findings', () => {
    const fixture = aReportFixture();
    const id = fixture.input.inspection.id;
    const first = aPhotoRecord(id, { caption: 'first' });
    const second = aPhotoRecord(id, { caption: 'second', derivedFrom: first.id, sha256: 'b'.repeat(64) });
    const orphan = aPhotoRecord(id, { caption: 'orphan' });
    const findings = fixture.input.findings.map((f) =>
      f.reference === 'GMP-JS-002'
        ? { ...f, photoIds: [second.id] }
        : f.reference === 'GMP-JS-001'
          ? { ...f, photoIds: [first.id] }
          : f.id === fixture.deletedFindingId
            ? { ...f, photoIds: [orphan.id] }
            : f,
    );
    const model = buildReportModel({ ...fixture.input, findings, photos: [orphan, second, first] }, OPTIONS);
    const photos = blocksOf(model, 'photos').flatMap((b) => (b.kind === 'photo' ? [b.photo] : []));
    expect(photos.map((p) => `${p.label} ${p.caption} ${p.supports.join()}`)).toEqual([
      'Photo 1 first GMP 1.1 (GMP-JS-001)',
      'Photo 2 second GMP 2.1 (GMP-JS-002)',
    ]);
    expect(photos[1]?.derivedFromSha256).toBe('a'.repeat(64));
    expect(allDeficiencies(model.content.deficiencyLists)[1]?.photoLabels).toEqual(['Photo 2']);
  });

  it('builds a report for an inspection with nothing recorded yet, saying so in each section', () => {
    const { inspection } = aReportFixture().input;
    const empty: ReportInput = {
      agencyName: 'Agency',
      inspection: { ...inspection, team: [], scope: '', agenda: '', areasNotInspected: '' },
      sites: [],
      products: [],
      findings: [],
      photos: [],
      documents: [],
      people: [],
      meetings: [],
      signatures: [],
      issues: [],
      previousFindings: [],
    };
    const model = buildReportModel(empty, OPTIONS);
    expect(model.content.sections.filter((s) => s.annex).map((s) => `${s.number} ${s.title}`)).toEqual([
      'A Deficiency annex',
      'B Definitions of the grades',
    ]);
    const text = JSON.stringify(model.content);
    expect(text).toContain('No scope was recorded.');
    expect(text).toContain('No sites were recorded.');
    expect(text).toContain('No critical deficiencies.');
    expect(allDeficiencies(model.content.deficiencyLists)).toEqual([]);
  });

  it('reads the GMP chapter from the usual ways of citing it', () => {
    expect(headingOfReference('EU GMP Ch2 2.10')).toBe('ch2');
    expect(headingOfReference('EU GMP C5.21')).toBe('ch5');
    expect(headingOfReference('EU-GMP-CH4-RECORDS')).toBe('ch4');
    expect(headingOfReference('EU GMP Part I, Chapter 6, paragraph 6.9')).toBe('ch6');
    expect(headingOfReference('EU GMP Annex 1')).toBeNull();
    expect(headingOfReference('EU GMP Part IV Chapter 11')).toBeNull();
    expect(headingOfReference('EU GMP Section 10')).toBeNull();
    expect(headingOfReference('GDP 9.2')).toBe('distribution');
  });
});
