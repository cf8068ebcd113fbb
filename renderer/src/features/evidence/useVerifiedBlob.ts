/**
 * Stored photo bytes for the screen, checked against their SHA-256 on every read (SECURITY.md D7).
 * `useVerifiedImageUrl` gives an object URL for an <img> (the only way photos are shown; the CSP
 * allows blob: images) and revokes it when the component goes or the photo changes.
 * `useBlobIntegrity` only checks, for originals too large to keep in memory for display.
 */
import { useEffect, useState } from 'react';
import { useDataStore } from '../../db/DataContext';
import { readVerifiedBlob } from '../../photos/readVerifiedBlob';

export type BlobState = { state: 'loading' } | { state: 'missing' } | { state: 'altered' };
export type ImageState = BlobState | { state: 'intact'; url: string };
export type IntegrityState = BlobState | { state: 'intact' };

export function useVerifiedImageUrl(sha256: string | null, mediaType: string): ImageState {
  const store = useDataStore();
  const [image, setImage] = useState<ImageState & { sha256: string | null }>({ state: 'loading', sha256 });
  useEffect(() => {
    if (!sha256) return;
    let live = true;
    let url: string | null = null;
    void readVerifiedBlob(store, sha256).then((check) => {
      if (!live) return;
      if (check.state !== 'intact') return setImage({ state: check.state, sha256 });
      url = URL.createObjectURL(new Blob([check.bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
      setImage({ state: 'intact', url, sha256 });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [store, sha256, mediaType]);
  if (!sha256) return { state: 'missing' };
  // Until the effect for a new hash has run, the previous photo's state must not be shown.
  return image.sha256 === sha256 ? image : { state: 'loading' };
}

export function useBlobIntegrity(sha256: string): IntegrityState {
  const store = useDataStore();
  const [result, setResult] = useState<{ sha256: string; state: IntegrityState }>({
    sha256,
    state: { state: 'loading' },
  });
  useEffect(() => {
    let live = true;
    void readVerifiedBlob(store, sha256).then((check) => {
      if (live) setResult({ sha256, state: { state: check.state } });
    });
    return () => {
      live = false;
    };
  }, [store, sha256]);
  return result.sha256 === sha256 ? result.state : { state: 'loading' };
}
