/**
 * Progress of a batch of photos: a determinate progress bar ("3 of 9") while it runs, then the
 * outcome for every file, added or refused with its reason. File names are shown as text only.
 */
import { Link } from 'react-router';
import { Table } from '../../components/govuk/Table';
import { Tag } from '../../components/govuk/Tag';
import type { BatchProgress } from '../../photos/addPhotoBatch';
import { useInspection } from '../workspace/InspectionContext';

export function PhotoBatchProgress({ progress }: { progress: BatchProgress }) {
  const inspection = useInspection();
  const done = progress.outcomes.length;
  const added = progress.outcomes.filter((outcome) => outcome.added).length;
  const running = done < progress.total;
  const total = progress.total === 1 ? '1 photo' : `${progress.total} photos`;
  return (
    <div className="app-photo-batch">
      <p className="govuk-body govuk-!-margin-bottom-1" id="photo-batch-status" role="status">
        {running
          ? `Checking and saving photos: ${done} of ${progress.total} done`
          : `Finished: ${added} of ${total} added${added < progress.total ? `, ${progress.total - added} not added` : ''}.`}
      </p>
      <progress
        className="app-progress"
        max={progress.total}
        value={done}
        aria-labelledby="photo-batch-status"
        aria-valuetext={`${done} of ${progress.total}`}
      />
      {progress.current && <p className="govuk-body-s">Working on {progress.current}</p>}
      {done > 0 && (
        <Table
          caption="What happened to each file"
          captionSize="s"
          head={['File', 'Result']}
          rows={progress.outcomes.map((outcome) => [
            <span key="name" className="app-file-name">
              {outcome.name}
            </span>,
            outcome.added ? (
              <span key="result">
                <Tag colour="green">Added</Tag>{' '}
                <Link className="govuk-link" to={`/inspections/${inspection.id}/evidence/${outcome.photoId}`}>
                  View photo<span className="govuk-visually-hidden"> {outcome.name}</span>
                </Link>
                {outcome.note && ` ${outcome.note}`}
              </span>
            ) : (
              <span key="result">
                <Tag colour="red">Not added</Tag> {outcome.reason}
              </span>
            ),
          ])}
        />
      )}
    </div>
  );
}
