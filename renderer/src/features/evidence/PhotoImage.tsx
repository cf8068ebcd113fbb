/**
 * A stored photo copy on screen, through a verified blob: URL. When the stored bytes are missing or
 * no longer match their hash, the photo is not shown and the problem is said in words instead.
 */
import { BLOB_PROBLEM_MESSAGES } from '../../photos/readVerifiedBlob';
import { useVerifiedImageUrl } from './useVerifiedBlob';

export interface PhotoImageProps {
  sha256: string | null;
  mediaType: string;
  alt: string;
  className?: string | undefined;
}

export function PhotoImage({ sha256, mediaType, alt, className }: PhotoImageProps) {
  const image = useVerifiedImageUrl(sha256, mediaType);
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
