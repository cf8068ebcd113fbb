/**
 * One photo: its display copy, whether the stored original still matches its SHA-256, caption and
 * site, the full hash and EXIF details, the findings that use it, the copies made from it (or the
 * photo it was made from), and its audit trail.
 */
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { InsetText } from '../../components/govuk/InsetText';
import { SummaryList } from '../../components/govuk/SummaryList';
import type { Stored } from '../../db/DataStore';
import { useLiveChangesForRecord, useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { formatDateTime } from '../../forms/dateParts';
import { cleanText } from '../../photos/displayName';
import { AuditTrail } from '../audit/AuditTrail';
import { NotFoundPage } from '../help/NotFoundPage';
import { useInspection } from '../workspace/InspectionContext';
import { DownloadOriginalButton } from './DownloadOriginalButton';
import { OriginalIntegrity } from './OriginalIntegrity';
import { PhotoDetailsForm } from './PhotoDetailsForm';
import { PhotoFindingLinks } from './PhotoFindingLinks';
import { PhotoImage } from './PhotoImage';
import { PhotoSyncTag, usePhotoSyncStates } from './PhotoSyncTag';
import { describePhotoFile, PHOTO_SOURCE_LABELS, photoAlt, photoTitle } from './photoLabels';
import './evidence.css';

export function PhotoPage() {
  const { photoId } = useParams();
  const inspection = useInspection();
  const photo = useLiveRecord('photo', photoId);
  usePageTitle(photo ? `Photo ${photoTitle(photo)}` : 'Photo');
  if (photo === undefined) return <p className="govuk-body">Loading photo…</p>;
  if (photo === null || photo.inspectionId !== inspection.id) return <NotFoundPage />;
  return <PhotoDetails key={photo.id} photo={photo} />;
}

function PhotoDetails({ photo }: { photo: Stored<'photo'> }) {
  const inspection = useInspection();
  const base = `/inspections/${inspection.id}/evidence`;
  const findings = useLiveRecords('finding', { inspectionId: inspection.id }) ?? [];
  const photos = useLiveRecords('photo', { inspectionId: inspection.id }) ?? [];
  const site = useLiveRecord('site', photo.siteId ?? undefined);
  const changes = useLiveChangesForRecord('photo', photo.id);
  const syncStates = usePhotoSyncStates(inspection.id);
  const parent = photo.derivedFrom ? photos.find((p) => p.id === photo.derivedFrom) : undefined;
  const copies = photos.filter((p) => p.derivedFrom === photo.id);
  const { exif } = photo;

  return (
    <>
      <BackLink href={base}>All photos</BackLink>
      <span className="govuk-caption-l">{photo.source === 'annotation' ? 'Annotated copy' : 'Photo'}</span>
      <h1 className="govuk-heading-l app-file-name">{photoTitle(photo)}</h1>
      <OriginalIntegrity sha256={photo.sha256} />
      <PhotoImage
        sha256={photo.displaySha256}
        photoId={photo.id}
        mediaType="image/jpeg"
        alt={photoAlt(photo)}
        className="app-photo-display"
      />
      {photo.derivedFrom && (
        <InsetText>
          This is an annotated copy of{' '}
          {parent ? (
            <Link className="govuk-link app-file-name" to={`${base}/${parent.id}`}>
              {photoTitle(parent)}
            </Link>
          ) : (
            'a photo that is no longer listed'
          )}
          . The original is kept unchanged.
        </InsetText>
      )}
      <div className="govuk-button-group">
        <Button href={`${base}/${photo.id}/annotate`}>Annotate or redact</Button>
        <DownloadOriginalButton photo={photo} />
      </div>

      <h2 className="govuk-heading-m">Caption and site</h2>
      <PhotoDetailsForm photo={photo} />

      <h2 className="govuk-heading-m">Used in findings</h2>
      <PhotoFindingLinks photo={photo} findings={findings} />

      <h2 className="govuk-heading-m">About this photo</h2>
      <SummaryList
        rows={[
          { key: 'File name', value: <span className="app-file-name">{photo.fileName}</span> },
          { key: 'Where it came from', value: PHOTO_SOURCE_LABELS[photo.source] },
          { key: 'Site', value: site ? `${site.identifier} ${site.name}` : 'Not specific to one site' },
          { key: 'Added', value: `${formatDateTime(photo.capturedAt)} by ${photo._meta.createdBy}` },
          { key: 'Taken (camera clock)', value: exif.takenAt ?? 'Not recorded in the file' },
          { key: 'Camera', value: exif.camera ?? 'Not recorded in the file' },
          { key: 'Orientation (EXIF)', value: exif.orientation ? String(exif.orientation) : 'Not recorded' },
          {
            key: 'Location',
            value:
              exif.latitude !== undefined && exif.longitude !== undefined
                ? `${exif.latitude.toFixed(5)}, ${exif.longitude.toFixed(5)}`
                : 'Not kept',
          },
          { key: 'Original file', value: describePhotoFile(photo) },
          { key: 'Agency gateway', value: <PhotoSyncTag state={syncStates?.get(photo.sha256)} /> },
          {
            key: 'SHA-256 of the original',
            value: (
              <code className="app-hash" data-testid="photo-sha256">
                {photo.sha256}
              </code>
            ),
          },
          {
            key: 'Copies for the screen',
            value: (
              <ul className="govuk-list">
                <li>
                  Display copy (JPEG, up to 1600 pixels):{' '}
                  <code className="app-hash">{photo.displaySha256 ?? 'none'}</code>
                </li>
                <li>
                  Thumbnail (JPEG, up to 320 pixels):{' '}
                  <code className="app-hash">{photo.thumbnailSha256 ?? 'none'}</code>
                </li>
              </ul>
            ),
          },
        ]}
      />

      <h2 className="govuk-heading-m">Annotated copies made from this photo</h2>
      {copies.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <ul className="govuk-list">
          {copies.map((copy) => (
            <li key={copy.id}>
              <Link className="govuk-link app-file-name" to={`${base}/${copy.id}`}>
                {photoTitle(copy)}
              </Link>{' '}
              (made {formatDateTime(copy.capturedAt)} by {copy._meta.createdBy})
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">History of this photo</h2>
      {changes && <AuditTrail changes={changes} titleOf={() => cleanText(photo.fileName, 60)} />}
    </>
  );
}
