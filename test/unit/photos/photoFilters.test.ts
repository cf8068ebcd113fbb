import { describe, expect, it } from 'vitest';
import { filterPhotos, parsePhotoFilters, NO_FILTERS } from '../../../renderer/src/features/evidence/photoFilters';

const photo = (id: string, siteId: string | null, source: 'camera' | 'file' | 'annotation', capturedAt: string) => ({
  id,
  siteId,
  source,
  capturedAt,
});

const photos = [
  photo('a', 'site-1', 'camera', '2026-11-25T09:00:00.000Z'),
  photo('b', null, 'file', '2026-11-25T10:00:00.000Z'),
  photo('c', 'site-1', 'annotation', '2026-11-25T11:00:00.000Z'),
  photo('d', 'site-2', 'file', '2026-11-25T08:00:00.000Z'),
];
const findings = [{ photoIds: ['a', 'c'] }];
const ids = (filters: Parameters<typeof filterPhotos>[2]) => filterPhotos(photos, findings, filters).map((p) => p.id);

describe('gallery filters', () => {
  it('shows everything newest first without filters', () => {
    expect(ids(NO_FILTERS)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('filters by site, or by no site', () => {
    expect(ids({ ...NO_FILTERS, site: 'site-1' })).toEqual(['c', 'a']);
    expect(ids({ ...NO_FILTERS, site: 'none' })).toEqual(['b']);
  });

  it('filters by whether a finding uses the photo', () => {
    expect(ids({ ...NO_FILTERS, link: 'linked' })).toEqual(['c', 'a']);
    expect(ids({ ...NO_FILTERS, link: 'unlinked' })).toEqual(['b', 'd']);
  });

  it('separates originals from annotated copies, and combines filters', () => {
    expect(ids({ ...NO_FILTERS, kind: 'annotated' })).toEqual(['c']);
    expect(ids({ site: 'site-1', link: 'linked', kind: 'originals' })).toEqual(['a']);
  });

  it('reads filters from the address, ignoring unknown values', () => {
    expect(parsePhotoFilters(new URLSearchParams('site=site-2&link=linked&kind=annotated'))).toEqual({
      site: 'site-2',
      link: 'linked',
      kind: 'annotated',
    });
    expect(parsePhotoFilters(new URLSearchParams('link=<script>&kind=x'))).toEqual(NO_FILTERS);
  });
});
