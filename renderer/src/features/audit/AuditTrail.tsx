/**
 * An audit trail as a timeline (MOJ timeline pattern): who changed what, when (device time with its
 * UTC offset), from what to what, and why. Prior values are shown in full; nothing is hidden.
 */
import type { Change } from '@shared/changes/change';
import { ENTITY_LABELS } from '@shared/domain/entities';
import { formatDateTime } from '../../forms/dateParts';
import { describeField, describeValue } from './describeValue';

const VERBS: Record<Change['op'], string> = { create: 'created', update: 'changed', delete: 'deleted' };

function offsetLabel(minutes: number): string {
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function AuditTrail({ changes, titleOf }: { changes: readonly Change[]; titleOf: (change: Change) => string }) {
  if (changes.length === 0) return <p className="govuk-body">No changes recorded yet.</p>;
  return (
    <div className="moj-timeline">
      {[...changes].reverse().map((change) => (
        <div className="moj-timeline__item" key={change.id}>
          <div className="moj-timeline__header">
            <h3 className="moj-timeline__title">
              {ENTITY_LABELS[change.entity]} {VERBS[change.op]}: {titleOf(change)}
            </h3>
            <p className="moj-timeline__byline">by {change.actor.name}</p>
          </div>
          <p className="moj-timeline__date">
            <time dateTime={change.at.utc}>{formatDateTime(change.at.utc)}</time> (device time{' '}
            {offsetLabel(change.at.offsetMinutes)}, change {change.seq} on device {change.device.slice(-6)})
          </p>
          <div className="moj-timeline__description">
            {change.reason && (
              <p className="govuk-body">
                <strong>Reason:</strong> {change.reason}
              </p>
            )}
            {change.op !== 'delete' && Object.keys(change.fields).length > 0 && (
              <dl className="govuk-summary-list govuk-summary-list--no-border app-audit-fields">
                {Object.entries(change.fields).map(([field, value]) => (
                  <div className="govuk-summary-list__row" key={field}>
                    <dt className="govuk-summary-list__key">{describeField(field)}</dt>
                    <dd className="govuk-summary-list__value app-preserve-lines">
                      {change.op === 'update' && (
                        <>
                          <del aria-label={`was ${describeValue(change.prior[field])}`}>
                            {describeValue(change.prior[field])}
                          </del>
                          {' → '}
                        </>
                      )}
                      <ins className="app-audit-new">{describeValue(value)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
