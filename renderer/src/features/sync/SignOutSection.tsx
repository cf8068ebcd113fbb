/**
 * Signing out forgets the gateway session on this laptop. It is refused while any change or photo has
 * not reached the gateway, unless the person confirms they have exported a package (which keeps it).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/govuk/Button';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { ErrorMessage } from '../../components/govuk/ErrorMessage';
import { useSyncEngine } from '../../sync/SyncContext';

export function SignOutSection({ unsynced }: { unsynced: number }) {
  const engine = useSyncEngine();
  const [exported, setExported] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  async function signOut() {
    setError(null);
    try {
      await engine.signOut({ exportedPackage: exported.includes('exported') });
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  }
  return (
    <>
      <h2 className="govuk-heading-m">Sign out</h2>
      {unsynced > 0 && (
        <>
          <p className="govuk-body">
            Some of your work has not reached the gateway. Sync first, or <Link className="govuk-link" to="/export">export a package</Link> of
            your inspections and confirm below.
          </p>
          <Checkboxes
            name="exported"
            legend="Before signing out with unsent work"
            legendSize="s"
            values={exported}
            onChange={setExported}
            items={[{ value: 'exported', label: 'I have exported a package of my inspections' }]}
          />
        </>
      )}
      {error && <ErrorMessage id="sign-out-error">{error}</ErrorMessage>}
      <Button variant="secondary" onClick={() => void signOut()}>
        Sign out of the gateway
      </Button>
    </>
  );
}
