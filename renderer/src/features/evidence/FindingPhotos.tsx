/**
 * The "Photos" section of a finding: thumbnails of its photo evidence, and adding photos straight
 * into the finding (camera or import), linked in the same commit as each photo is saved.
 */
import { Details } from '../../components/govuk/Details';
import type { Stored } from '../../db/DataStore';
import { useLiveRecords } from '../../db/liveQueries';
import { AddPhotoEvidence } from './AddPhotoEvidence';
import { PhotoThumbnailList } from './PhotoThumbnailList';
import './evidence.css';

export function FindingPhotos({ finding }: { finding: Stored<'finding'> }) {
  const photos = useLiveRecords('photo', { inspectionId: finding.inspectionId });
  const findings = useLiveRecords('finding', { inspectionId: finding.inspectionId }) ?? [];
  const sites = useLiveRecords('site', { inspectionId: finding.inspectionId }) ?? [];
  const byId = new Map((photos ?? []).map((photo) => [photo.id, photo]));
  const linked = finding.photoIds.flatMap((id) => byId.get(id) ?? []);
  return (
    <section aria-labelledby="finding-photos-heading">
      <h2 className="govuk-heading-m" id="finding-photos-heading">
        Photos
      </h2>
      {photos === undefined ? (
        <p className="govuk-body">Loading photos…</p>
      ) : linked.length === 0 ? (
        <p className="govuk-body">No photo evidence linked yet.</p>
      ) : (
        <PhotoThumbnailList photos={linked} findings={findings} sites={sites} />
      )}
      {!finding._meta.deleted && (
        <Details summary="Add photo evidence">
          <AddPhotoEvidence finding={finding} headingLevel={3} />
        </Details>
      )}
    </section>
  );
}
