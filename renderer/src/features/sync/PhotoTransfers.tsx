/**
 * Photos between this laptop and the gateway, by state. Each photo is captured, stored on this laptop,
 * then queued, uploading, and verified once the gateway has checked its SHA-256; photos from the team
 * are fetched and checked the same way.
 */
import { Table } from '../../components/govuk/Table';
import type { BlobTransferState } from '../../db/storedRows';

const STATES: readonly { state: BlobTransferState; label: string }[] = [
  { state: 'queued', label: 'Queued' },
  { state: 'uploading', label: 'In progress' },
  { state: 'verified', label: 'Verified on the gateway' },
  { state: 'failed', label: 'Could not be sent (tried again at each sync)' },
];

export function PhotoTransfers({
  uploads,
  downloads,
}: {
  uploads: Record<BlobTransferState, number>;
  downloads: Record<BlobTransferState, number>;
}) {
  return (
    <Table
      caption="Photos and files"
      captionSize="m"
      head={[{ content: 'State' }, { content: 'Sent from this laptop', format: 'numeric' }, { content: 'Received from the team', format: 'numeric' }]}
      rowKeys={STATES.map(({ state }) => state)}
      firstCellIsHeader
      rows={STATES.map(({ state, label }) => [
        { content: label },
        { content: String(uploads[state]), format: 'numeric' },
        { content: String(downloads[state]), format: 'numeric' },
      ])}
    />
  );
}
