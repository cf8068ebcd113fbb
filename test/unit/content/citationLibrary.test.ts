/**
 * The citation library an inspector searches when writing a finding: search behaviour, lookup,
 * import errors and the version rules.
 */
import { describe, expect, it } from 'vitest';
import {
  CITATION_LIBRARY,
  checkCitationLibraryImport,
  citationById,
  latestCitationLibrary,
  parseCitationLibraryFile,
  searchCitations,
  serialiseCitationLibrary,
} from '@shared/content/citations/citationLibrary';
import { copy, sampleCitationLibrary } from './fixtures';

function ids(query: string, discipline?: 'GMP' | 'GCP' | 'PV'): string[] {
  return searchCitations(query, discipline ? { discipline } : {}).map((c) => c.citationId);
}

describe('searchCitations', () => {
  it('finds Annex 1 for "annex 1 aseptic", ahead of Annex 11', () => {
    const found = ids('annex 1 aseptic');
    expect(found[0]).toMatch(/^EU-GMP-ANNEX1(-|$)/);
    expect(found.slice(0, 3)).toContain('EU-GMP-ANNEX1');
    expect(found).not.toContain('EU-GMP-ANNEX11');
  });

  it('finds the QPPV citations', () => {
    const found = ids('QPPV');
    expect(found).toContain('GVP-I');
    expect(ids('qppv')).toEqual(found);
  });

  it('is case- and accent-insensitive', () => {
    expect(ids('ASÉPTIC')).toEqual(ids('aseptic'));
    expect(ids('pharmacovigilánce')).toEqual(ids('Pharmacovigilance'));
    expect(ids('aseptic').length).toBeGreaterThan(0);
  });

  it('requires every word to match somewhere', () => {
    expect(ids('annex 1 aseptic zzzz')).toEqual([]);
    const both = ids('serious breach');
    expect(both[0]).toBe('CT-REGS-2004-REG29A');
  });

  it('ignores common words such as "of"', () => {
    expect(ids('chain of identity')).toContain('EU-ATMP-GMP');
    expect(ids('chain identity')).toEqual(ids('chain of identity'));
  });

  it('ranks an exact citation id first, however it is typed', () => {
    expect(ids('EU-GMP-CH2')[0]).toBe('EU-GMP-CH2');
    expect(ids('eu gmp ch2')[0]).toBe('EU-GMP-CH2');
    expect(ids('gvp ix')[0]).toBe('GVP-IX');
  });

  it('ranks title hits above hits only in the wording', () => {
    const found = ids('audit trail');
    expect(found.slice(0, 2).sort()).toEqual(['EU-GMP-ANNEX11-S9', 'MHRA-DI-2018-6.13']);
  });

  it('filters by discipline', () => {
    const pv = searchCitations('', { discipline: 'PV' });
    expect(pv.length).toBeGreaterThan(0);
    expect(pv.every((c) => c.disciplines.includes('PV'))).toBe(true);
    expect(ids('signal', 'GMP')).not.toContain('GVP-IX');
    expect(ids('signal', 'PV')).toContain('GVP-IX');
  });

  it('returns the whole library for an empty query, and honours a limit', () => {
    expect(searchCitations('   ')).toHaveLength(CITATION_LIBRARY.citations.length);
    expect(searchCitations('annex', { limit: 3 })).toHaveLength(3);
  });

  it('searches another library when given one', () => {
    const library = sampleCitationLibrary();
    expect(searchCitations('self inspection', { library }).map((c) => c.citationId)).toEqual(['EU-GMP-CH9']);
  });
});

describe('citationById', () => {
  it('looks citations up by id', () => {
    expect(citationById('EU-GMP-ANNEX1')?.title).toMatch(/sterile/i);
    expect(citationById('NOPE')).toBeUndefined();
    expect(citationById('GVP-I', sampleCitationLibrary())?.source).toBe('GVP');
  });
});

describe('parseCitationLibraryFile', () => {
  function errorsOf(text: string): string[] {
    const result = parseCitationLibraryFile(text);
    if (result.ok) throw new Error('expected the file to be refused');
    return result.errors;
  }

  it('accepts a valid library', () => {
    expect(parseCitationLibraryFile(serialiseCitationLibrary(sampleCitationLibrary()))).toEqual({
      ok: true,
      library: sampleCitationLibrary(),
    });
  });

  it('refuses duplicate ids, unsafe links, too few wordings and unknown disciplines', () => {
    const library = copy(sampleCitationLibrary());
    const [first, second] = library.citations;
    if (!first || !second) throw new Error('fixture changed');
    second.citationId = first.citationId;
    expect(errorsOf(JSON.stringify(library))).toEqual([
      'citations[1].citationId: citation id EU-GMP-CH9 is already used by citations[0]',
    ]);

    const broken = copy(sampleCitationLibrary()) as unknown as { citations: Record<string, unknown>[] };
    const citation = broken.citations[0];
    if (!citation) throw new Error('fixture changed');
    citation.url = 'http://www.gov.uk/guidance';
    citation.standardWordings = ['Only one.'];
    citation.disciplines = ['GMP', 'GDP'];
    citation.citationId = 'eu gmp';
    expect(errorsOf(JSON.stringify(broken)).sort()).toEqual(
      [
        'citations[0].citationId: use capital letters, digits, dots and hyphens, e.g. EU-GMP-CH1',
        'citations[0].standardWordings: give at least two standard wordings',
        'citations[0].disciplines[1]: must be one of "GMP", "GCP", "PV"',
        'citations[0].url: must be an https link to gov.uk, legislation.gov.uk, europa.eu or ich.org',
      ].sort(),
    );
  });

  it('refuses links to look-alike hosts', () => {
    const library = copy(sampleCitationLibrary());
    const citation = library.citations[0];
    if (!citation) throw new Error('fixture changed');
    citation.url = 'https://www.gov.uk.example.com/x';
    expect(errorsOf(JSON.stringify(library))).toEqual([
      'citations[0].url: must be an https link to gov.uk, legislation.gov.uk, europa.eu or ich.org',
    ]);
  });

  it('refuses invalid JSON, prototype keys and huge files like template import does', () => {
    expect(errorsOf('{"libraryVersion": 1,,}')[0]).toMatch(/not valid JSON: .*\(line 1, column 22\)/);
    expect(errorsOf('{"__proto__": {}}')).toEqual(['top level: the key "__proto__" is not allowed']);
    expect(errorsOf(' '.repeat(2_000_001))[0]).toMatch(/larger than the limit/);
  });
});

describe('citation library versions', () => {
  it('follows the same immutability rule as templates', () => {
    const held = [sampleCitationLibrary()];
    expect(checkCitationLibraryImport(copy(sampleCitationLibrary()), held)).toMatchObject({ kind: 'unchanged' });
    const changed = copy(sampleCitationLibrary());
    const citation = changed.citations[0];
    if (!citation) throw new Error('fixture changed');
    citation.title = 'Changed';
    expect(checkCitationLibraryImport(changed, held)).toEqual({
      kind: 'refused',
      message: 'Citation library version 1 is already published with different content; publish it as version 2',
    });
    expect(checkCitationLibraryImport({ ...changed, libraryVersion: 2 }, held)).toMatchObject({
      kind: 'add',
      latestHeld: 1,
    });
    expect(checkCitationLibraryImport(copy(CITATION_LIBRARY), [CITATION_LIBRARY])).toMatchObject({ kind: 'unchanged' });
    expect(latestCitationLibrary([...held, { ...changed, libraryVersion: 2 }])?.libraryVersion).toBe(2);
    expect(latestCitationLibrary([])).toBeUndefined();
  });
});
