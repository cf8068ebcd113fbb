/**
 * Saves the original file exactly as it was stored, after checking it against its SHA-256 again.
 * The saved file's name is built from the hash, never from the name the photo arrived with.
 */
import { useState } from 'react';
import type { Photo } from '@shared/domain/photo';
import { Button } from '../../components/govuk/Button';
import { useDataStore } from '../../db/DataContext';
import { usePlatform } from '../../platform/PlatformContext';
import { downloadNameFor } from '../../photos/displayName';
import { BLOB_PROBLEM_MESSAGES, readVerifiedBlob } from '../../photos/readVerifiedBlob';

export function DownloadOriginalButton({ photo }: { photo: Pick<Photo, 'sha256' | 'mediaType'> }) {
  const store = useDataStore();
  const platform = usePlatform();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const check = await readVerifiedBlob(store, photo.sha256);
      if (check.state !== 'intact') {
        setProblem(BLOB_PROBLEM_MESSAGES[check.state]);
        return;
      }
      setProblem(null);
      const name = downloadNameFor(photo.sha256, photo.mediaType);
      await platform.saveFile(name, check.bytes, [{ name: 'Photo', extensions: [name.split('.').pop() ?? 'jpg'] }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button type="button" variant="secondary" disabled={busy} onClick={() => void download()}>
        Download original
      </Button>
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
    </>
  );
}
