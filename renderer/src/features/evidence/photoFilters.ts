/**
 * The gallery's filters: by site, by whether a finding uses the photo, and originals against annotated
 * copies. Pure, so the gallery and its tests agree on what each filter means.
 */
import type { Finding } from '@shared/domain/finding';
import type { Photo } from '@shared/domain/photo';

export interface PhotoFilters {
  /** 'all', 'none' (not specific to a site) or a site id. */
  site: string;
  link: 'all' | 'linked' | 'unlinked';
  kind: 'all' | 'originals' | 'annotated';
}

export const NO_FILTERS: PhotoFilters = { site: 'all', link: 'all', kind: 'all' };

export function parsePhotoFilters(params: URLSearchParams): PhotoFilters {
  const link = params.get('link');
  const kind = params.get('kind');
  return {
    site: params.get('site') || 'all',
    link: link === 'linked' || link === 'unlinked' ? link : 'all',
    kind: kind === 'originals' || kind === 'annotated' ? kind : 'all',
  };
}

export function filterPhotos<P extends Pick<Photo, 'id' | 'siteId' | 'source' | 'capturedAt'>>(
  photos: readonly P[],
  findings: readonly Pick<Finding, 'photoIds'>[],
  filters: PhotoFilters,
): P[] {
  const linked = new Set(findings.flatMap((finding) => finding.photoIds));
  return photos
    .filter((photo) => {
      if (filters.site === 'none' && photo.siteId !== null) return false;
      if (filters.site !== 'all' && filters.site !== 'none' && photo.siteId !== filters.site) return false;
      if (filters.link === 'linked' && !linked.has(photo.id)) return false;
      if (filters.link === 'unlinked' && linked.has(photo.id)) return false;
      if (filters.kind === 'originals' && photo.source === 'annotation') return false;
      if (filters.kind === 'annotated' && photo.source !== 'annotation') return false;
      return true;
    })
    .sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0));
}
