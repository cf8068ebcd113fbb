/** What a sync pass is doing now: sending photos (bytes), sending changes, receiving changes, fetching photos. */
import { ProgressIndicator } from '../../components/ProgressIndicator';
import type { SyncProgress } from '../../sync/syncStatus';
import { formatBytes } from '../../packages/zipCaps';

export function SyncProgressPanel({ progress }: { progress: SyncProgress }) {
  switch (progress.phase) {
    case 'photos-up':
      return (
        <ProgressIndicator
          label="Sending photos"
          value={progress.bytesToSend > 0 ? progress.bytesSent : undefined}
          max={Math.max(1, progress.bytesToSend)}
          valueText={`${formatBytes(progress.bytesSent)} of ${formatBytes(progress.bytesToSend)}`}
        />
      );
    case 'sending':
      return (
        <ProgressIndicator
          label="Sending changes"
          value={progress.changesSent}
          max={Math.max(1, progress.changesToSend)}
          valueText={`${progress.changesSent} of ${progress.changesToSend} changes`}
        />
      );
    case 'receiving':
      return <ProgressIndicator label="Receiving the team’s changes" valueText={`${progress.changesReceived} changes received`} />;
    case 'photos-down':
      return (
        <ProgressIndicator
          label="Fetching the team’s photos"
          value={progress.photosReceived}
          max={Math.max(1, progress.photosToReceive)}
          valueText={`${progress.photosReceived} of ${progress.photosToReceive} photos`}
        />
      );
  }
}
