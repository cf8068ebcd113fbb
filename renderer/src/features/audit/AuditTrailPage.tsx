/**
 * The audit trail of a whole inspection, with the chain check that shows whether the local log has
 * been altered and where (Annex 11 §9; the trail is reviewed before the report is approved).
 */
import { useState } from 'react';
import type { ChainReport } from '@shared/changes/hashChain';
import type { Change } from '@shared/changes/change';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { useData } from '../../db/DataContext';
import { useLiveChangesForInspection } from '../../db/liveQueries';
import { useInspection } from '../workspace/InspectionContext';
import { recordTitle } from '../records/recordTitle';
import { AuditTrail } from './AuditTrail';

export function AuditTrailPage() {
  usePageTitle('Audit trail');
  const inspection = useInspection();
  const { store, profile } = useData();
  const changes = useLiveChangesForInspection(inspection.id);
  const [reports, setReports] = useState<ChainReport[]>();
  const [checking, setChecking] = useState(false);

  // The latest title of each record, so old changes read with today's names.
  const latest = new Map<string, Record<string, unknown>>();
  for (const change of changes ?? []) {
    const key = `${change.entity}/${change.entityId}`;
    latest.set(key, { ...(latest.get(key) ?? {}), ...change.fields });
  }
  const titleOf = (change: Change) => recordTitle(change.entity, latest.get(`${change.entity}/${change.entityId}`));

  async function check() {
    setChecking(true);
    setReports(await store.verifyLog(profile.device.id));
    setChecking(false);
  }

  const broken = reports?.filter((r) => !r.ok) ?? [];
  const notHeld = reports?.reduce((n, r) => n + (r.ok ? r.notHeld : 0), 0) ?? 0;
  return (
    <>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Every change to this inspection on this device and from your team, oldest at the bottom. Changes cannot be
        edited or removed; each one is chained to the one before it.
      </p>
      <Button variant="secondary" onClick={() => void check()} disabled={checking}>
        Check the audit trail has not been altered
      </Button>
      {reports && (
        <div role="status" className="govuk-!-margin-bottom-6">
          {broken.length === 0 ? (
            <p className="govuk-body govuk-!-font-weight-bold app-chain-ok">
              The audit trail is intact: {reports.reduce((n, r) => n + (r.ok ? r.length : 0), 0)} changes from{' '}
              {reports.length} device
              {reports.length === 1 ? '' : 's'} verified.
              {notHeld > 0 &&
                ` ${notHeld} changes that other devices recorded for inspections not on this device are checked by the agency gateway.`}
            </p>
          ) : (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                The audit trail has been altered. {broken.map((r) => (r.ok ? '' : r.message)).join(' ')}
              </strong>
            </div>
          )}
        </div>
      )}
      <h2 className="govuk-heading-m">{changes ? `${changes.length} changes` : 'Loading changes…'}</h2>
      {changes && <AuditTrail changes={changes} titleOf={titleOf} />}
    </>
  );
}
