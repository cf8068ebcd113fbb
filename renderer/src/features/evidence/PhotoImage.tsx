/**
 * A stored photo copy on screen, through a verified blob: URL. When the stored bytes are missing or
 * no longer match their hash, the photo is not shown and the problem is said in words instead. A
 * photo whose copies are not recorded yet says that its preview is being made (or that it has none).
 */
import { useMakingPreview } from '../../photos/photoPreviews';
import { BLOB_PROBLEM_MESSAGES } from '../../photos/readVerifiedBlob';
import { useVerifiedImageUrl } from './useVerifiedBlob';

export interface PhotoImageProps {
  sha256: string | null;
  mediaType: string;
  alt: string;
  className?: string | undefined;
  /** The photo the copy belongs to: says whether its preview is still being made. */
  photoId: string;
}

export function PhotoImage({ sha256, mediaType, alt, className, photoId }: PhotoImageProps) {
  const image = useVerifiedImageUrl(sha256, mediaType);
  const makingPreview = useMakingPreview(photoId);
  if (!sha256)
    return (
      <span className="app-photo-placeholder">
        {makingPreview ? 'Making a preview…' : 'No preview of this photo. The original is kept.'}
      </span>
    );
  switch (image.state) {
    case 'loading':
      return <span className="app-photo-placeholder">Loading photo…</span>;
    case 'missing':
    case 'altered':
      return (
        <span className="app-photo-placeholder app-photo-placeholder--problem">
          {BLOB_PROBLEM_MESSAGES[image.state]}
        </span>
      );
    case 'intact':
      return <img src={image.url} alt={alt} className={className} />;
  }
}
