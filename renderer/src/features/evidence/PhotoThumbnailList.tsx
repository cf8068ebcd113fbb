/** Photos as a grid of thumbnails, each linking to its photo page, with what it is and where it is used. */
import { Link } from 'react-router';
import { Tag } from '../../components/govuk/Tag';
import type { Stored } from '../../db/DataStore';
import { useInspection } from '../workspace/InspectionContext';
import { PhotoImage } from './PhotoImage';
import { photoTitle } from './photoLabels';
import { PhotoSyncTag, usePhotoSyncStates } from './PhotoSyncTag';

export interface PhotoThumbnailListProps {
  photos: readonly Stored<'photo'>[];
  findings: readonly Stored<'finding'>[];
  sites?: readonly Stored<'site'>[] | undefined;
}

export function PhotoThumbnailList({ photos, findings, sites = [] }: PhotoThumbnailListProps) {
  const inspection = useInspection();
  const siteNames = new Map(sites.map((site) => [site.id, site.identifier]));
  const syncStates = usePhotoSyncStates(inspection.id);
  return (
    <ul className="app-photo-grid">
      {photos.map((photo) => {
        const usedIn = findings.filter((finding) => finding.photoIds.includes(photo.id)).map((f) => f.reference);
        return (
          <li key={photo.id} className="app-photo-grid__item">
            <Link className="govuk-link app-photo-grid__link" to={`/inspections/${inspection.id}/evidence/${photo.id}`}>
              <PhotoImage
                sha256={photo.thumbnailSha256}
                photoId={photo.id}
                mediaType="image/jpeg"
                alt=""
                className="app-photo-grid__image"
              />
              <span className="app-photo-grid__title app-file-name">{photoTitle(photo)}</span>
            </Link>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              {photo.source === 'annotation' && (
                <>
                  <Tag colour="purple">Annotated copy</Tag>{' '}
                </>
              )}
              {photo.siteId && siteNames.get(photo.siteId) ? `${siteNames.get(photo.siteId)}. ` : ''}
              {usedIn.length > 0 ? `Used in ${usedIn.join(', ')}` : 'Not linked to a finding'}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              <PhotoSyncTag state={syncStates?.get(photo.sha256)} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
