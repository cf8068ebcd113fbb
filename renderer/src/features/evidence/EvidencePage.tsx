/**
 * The inspection's photos: add them (camera or import), then browse them as a gallery filtered by
 * site, by whether a finding uses them, and originals against annotated copies. The filters live in
 * the address, so Back returns to the same view.
 */
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { Select } from '../../components/govuk/Select';
import { useLiveRecords } from '../../db/liveQueries';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';
import { AddPhotoEvidence } from './AddPhotoEvidence';
import { filterPhotos, parsePhotoFilters, type PhotoFilters } from './photoFilters';
import { PhotoThumbnailList } from './PhotoThumbnailList';
import './evidence.css';

export function EvidencePage() {
  usePageTitle('Photos');
  const inspection = useInspection();
  const photos = useLiveRecords('photo', { inspectionId: inspection.id });
  const findings = useLiveRecords('finding', { inspectionId: inspection.id }) ?? [];
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const [params, setParams] = useSearchParams();
  const filters = parsePhotoFilters(params);
  const setFilter = <K extends keyof PhotoFilters>(key: K, value: PhotoFilters[K]) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const shown = photos ? filterPhotos(photos, findings, filters) : [];

  return (
    <>
      <h1 className="govuk-heading-l">Photos</h1>
      <p className="govuk-body">
        Every photo is kept exactly as it was taken or imported, with its SHA-256 fingerprint. Annotations and
        redactions are saved as new copies linked to the original.
      </p>
      <h2 className="govuk-heading-m">Add photos</h2>
      <AddPhotoEvidence headingLevel={2} />
      <h2 className="govuk-heading-m">Photos in this inspection</h2>
      <div className="app-photo-filters" role="group" aria-label="Filter photos">
        <Select
          id="filter-site"
          label="Site"
          value={filters.site}
          onChange={(event) => setFilter('site', event.target.value)}
          options={[
            { value: 'all', text: 'All sites' },
            { value: 'none', text: 'Not specific to one site' },
            ...sites.map((site) => ({ value: site.id, text: `${site.identifier} ${site.name}` })),
          ]}
        />
        <Select
          id="filter-link"
          label="Findings"
          value={filters.link}
          onChange={(event) => setFilter('link', event.target.value as PhotoFilters['link'])}
          options={[
            { value: 'all', text: 'Linked or not' },
            { value: 'linked', text: 'Linked to a finding' },
            { value: 'unlinked', text: 'Not linked to a finding' },
          ]}
        />
        <Select
          id="filter-kind"
          label="Kind"
          value={filters.kind}
          onChange={(event) => setFilter('kind', event.target.value as PhotoFilters['kind'])}
          options={[
            { value: 'all', text: 'Originals and annotated copies' },
            { value: 'originals', text: 'Originals' },
            { value: 'annotated', text: 'Annotated copies' },
          ]}
        />
      </div>
      {photos === undefined ? (
        <p className="govuk-body">Loading photos…</p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {shown.length === photos.length
              ? `${photos.length} ${photos.length === 1 ? 'photo' : 'photos'}`
              : `${shown.length} of ${photos.length} photos match the filters`}
          </p>
          {shown.length > 0 && <PhotoThumbnailList photos={shown} findings={findings} sites={sites} />}
        </>
      )}
    </>
  );
}
