/**
 * Where a photo is used: the findings that cite it, with links to unlink it and to link it to another
 * finding. Each link or unlink is a change to the finding, so it shows in the finding's history; after
 * the closing meeting it needs a reason, as every change to a finding does.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { isAfterClosingMeeting } from '@shared/domain/inspection';
import { Button } from '../../components/govuk/Button';
import { ErrorMessage } from '../../components/govuk/ErrorMessage';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import type { RecordIntent } from '../../db/commit';
import { findingsUsingPhoto, linkPhotosIntent, unlinkPhotoIntent } from '../../photos/photoLinks';
import { useInspection } from '../workspace/InspectionContext';

export function PhotoFindingLinks({
  photo,
  findings,
}: {
  photo: Stored<'photo'>;
  findings: readonly Stored<'finding'>[];
}) {
  const inspection = useInspection();
  const commit = useCommit();
  const [chosen, setChosen] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reasonNeeded = isAfterClosingMeeting(inspection.status);
  const usedIn = findingsUsingPhoto(findings, photo.id);
  const others = findings
    .filter((finding) => !usedIn.includes(finding))
    .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));

  async function save(intent: RecordIntent | null) {
    if (!intent) return;
    if (reasonNeeded && !reason.trim()) {
      setError('Enter why you are changing a finding’s evidence after the closing meeting');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await commit({ intents: [intent], ...(reasonNeeded ? { reason: reason.trim() } : {}) });
      setChosen('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      {error && <ErrorMessage id="photo-links-error">{error}</ErrorMessage>}
      {usedIn.length === 0 ? (
        <p className="govuk-body">This photo is not linked to a finding yet.</p>
      ) : (
        <ul className="govuk-list">
          {usedIn.map((finding) => (
            <li key={finding.id} className="app-row-actions">
              <Link className="govuk-link" to={`/inspections/${inspection.id}/findings/${finding.id}`}>
                {finding.reference} {finding.title}
              </Link>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-inline-button"
                disabled={busy}
                onClick={() => void save(unlinkPhotoIntent(finding, photo.id))}
              >
                Unlink<span className="govuk-visually-hidden"> from {finding.reference}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {reasonNeeded && (
        <Textarea
          id="photo-link-reason"
          label="Reason for changing a finding’s evidence"
          hint="The closing meeting has been held, so the reason is recorded in the finding’s audit trail"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      {others.length > 0 && (
        <div className="app-row-actions">
          <Select
            id="photo-link-finding"
            label="Link to a finding"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            options={[
              { value: '', text: 'Choose a finding' },
              ...others.map((finding) => ({ value: finding.id, text: `${finding.reference} ${finding.title}` })),
            ]}
          />
          <Button
            type="button"
            variant="secondary"
            className="app-align-end"
            disabled={!chosen || busy}
            onClick={() => {
              const finding = others.find((f) => f.id === chosen);
              if (finding) void save(linkPhotosIntent(finding, [photo.id]));
            }}
          >
            Link to finding
          </Button>
        </div>
      )}
    </div>
  );
}
