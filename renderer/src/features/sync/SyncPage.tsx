/**
 * The Sync screen (PRODUCT.md): sign in to the agency gateway, see what is waiting to be sent, what
 * the last sync did and when, photos by transfer state, conflicts to resolve, the inspections assigned
 * to you, and sign out.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { InsetText } from '../../components/govuk/InsetText';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { SummaryList } from '../../components/govuk/SummaryList';
import { WarningText } from '../../components/govuk/WarningText';
import { Alert } from '../../components/moj/Alert';
import { useDataStore } from '../../db/DataContext';
import { GATEWAY_URL_KEY } from '../../sync/syncSession';
import { useSyncEngine, useSyncStatus } from '../../sync/SyncContext';
import { isClockSkewed } from '../../sync/syncEngine';
import { AssignmentsTable } from './AssignmentsTable';
import { PhotoTransfers } from './PhotoTransfers';
import { SignInForm } from './SignInForm';
import { SignOutSection } from './SignOutSection';
import { SyncProgressPanel } from './SyncProgressPanel';
import { SyncStateTag } from './SyncStateTag';
import { describeSkew, formatWhen } from './syncWording';
import { useSyncCounts } from './useSyncCounts';

export function SyncPage() {
  usePageTitle('Sync');
  const store = useDataStore();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const counts = useSyncCounts();
  const savedGatewayUrl = useLiveQuery(() => store.getMeta<string>(GATEWAY_URL_KEY), [store]);

  if (!status.account) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Sync with the agency</h1>
          <p className="govuk-body">
            Sign in to the agency gateway to receive the inspections assigned to you and to share your work with your
            team. You can keep working offline; everything you record waits here until you sync.
          </p>
          {counts && counts.unsentChanges > 0 && (
            <InsetText>
              {counts.unsentChanges} change{counts.unsentChanges === 1 ? '' : 's'} on this laptop will be sent when you
              sign in.
            </InsetText>
          )}
          <SignInForm gatewayUrl={savedGatewayUrl} />
        </div>
      </div>
    );
  }

  const syncing = status.state === 'syncing';
  const unsyncedPhotos = counts ? counts.uploads.queued + counts.uploads.uploading + counts.uploads.failed : 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {status.state === 'needs-sign-in' && (
          <NotificationBanner title="Important" heading="Sign in again to sync">
            <p className="govuk-body">{status.message}</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Sync with the agency</h1>
        {status.state === 'needs-sign-in' && (
          <SignInForm gatewayUrl={status.account.gatewayUrl} username={status.account.user.username} />
        )}
        {(status.state === 'problem' || status.state === 'offline' || status.state === 'waiting') && status.message && (
          <Alert
            variant={status.state === 'problem' ? 'error' : 'warning'}
            title={status.state === 'problem' ? 'The last sync did not finish' : 'The gateway cannot be reached now'}
            showTitleAsHeading
            role="region"
            disableAutoFocus
          >
            <p className="govuk-body">{status.message}</p>
            <p className="govuk-body">
              Nothing has been lost: your work stays on this laptop and is sent at the next sync
              {status.nextAttemptAt ? ` (tried again automatically ${formatWhen(status.nextAttemptAt)})` : ''}.
            </p>
          </Alert>
        )}
        {isClockSkewed(status.clockSkewMs) && (
          <WarningText>
            {describeSkew(status.clockSkewMs ?? 0)} Your changes keep both times in the audit trail, and the gateway
            flags them. Correct this laptop’s clock.
          </WarningText>
        )}
        <SummaryList
          rows={[
            { key: 'Status', value: <SyncStateTag state={status.state} /> },
            { key: 'Signed in as', value: `${status.account.user.name} (${status.account.user.username})` },
            { key: 'Gateway', value: status.account.gatewayUrl },
            { key: 'Last sync', value: status.lastSyncAt ? formatWhen(status.lastSyncAt) : 'Not yet' },
            {
              key: 'Waiting to be sent',
              value: counts
                ? `${counts.unsentChanges} change${counts.unsentChanges === 1 ? '' : 's'}, ${unsyncedPhotos} photo${unsyncedPhotos === 1 ? '' : 's'}`
                : '…',
            },
            {
              key: 'Conflicts to resolve',
              value:
                counts && counts.conflicts > 0 ? (
                  <Link className="govuk-link" to="/conflicts">
                    {counts.conflicts} conflict{counts.conflicts === 1 ? '' : 's'} to resolve
                  </Link>
                ) : (
                  'None'
                ),
            },
          ]}
        />
        {status.progress && syncing && <SyncProgressPanel progress={status.progress} />}
        <Button disabled={syncing || status.state === 'needs-sign-in'} onClick={() => void engine.syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </Button>
        {counts && <PhotoTransfers uploads={counts.uploads} downloads={counts.downloads} />}
        <AssignmentsTable assignments={status.assignments} />
        <SignOutSection unsynced={(counts?.unsentChanges ?? 0) + unsyncedPhotos} />
      </div>
    </div>
  );
}
