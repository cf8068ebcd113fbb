/** The flag on a record that has conflicting edits: shown on its page until a person resolves them. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { openConflicts } from '../../conflicts/openConflicts';
import { useDataStore } from '../../db/DataContext';
import { describeField } from '../audit/describeValue';
import { WarningText } from '../../components/govuk/WarningText';
import { conflictPath } from './conflictPath';

export function ConflictBanner({ inspectionId, entityId }: { inspectionId: string; entityId: string }) {
  const store = useDataStore();
  const conflicts = useLiveQuery(() => openConflicts(store, { inspectionId, entityId }), [store, inspectionId, entityId]);
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <WarningText>
      Colleagues changed this from the same version at the same time. Both versions are kept until someone decides:{' '}
      {conflicts.map((conflict, index) => (
        <span key={conflict.key}>
          {index > 0 && ', '}
          <Link className="govuk-link" to={conflictPath(conflict.key)}>
            resolve the {describeField(conflict.field)}
          </Link>
        </span>
      ))}
      .
    </WarningText>
  );
}
