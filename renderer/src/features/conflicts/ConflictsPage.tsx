/** Every conflict still waiting for a person, across the inspections on this laptop. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { ENTITY_LABELS } from '@shared/domain/entities';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Table } from '../../components/govuk/Table';
import { openConflicts } from '../../conflicts/openConflicts';
import { useDataStore } from '../../db/DataContext';
import { describeField } from '../audit/describeValue';
import { recordTitle } from '../records/recordTitle';
import { conflictPath } from './conflictPath';

export function ConflictsPage() {
  usePageTitle('Conflicts to resolve');
  const store = useDataStore();
  const rows = useLiveQuery(async () => {
    const conflicts = await openConflicts(store);
    return Promise.all(
      conflicts.map(async (conflict) => {
        const record = await store.get(conflict.entity, conflict.entityId);
        const inspection = conflict.inspectionId ? await store.get('inspection', conflict.inspectionId) : undefined;
        return { conflict, title: recordTitle(conflict.entity, record), inspection: inspection?.reference ?? '' };
      }),
    );
  }, [store]);
  return (
    <>
      <BackLink href="/sync">Back to sync</BackLink>
      <h1 className="govuk-heading-l">Conflicts to resolve</h1>
      <p className="govuk-body">
        Two or more people changed the same thing from the same starting point without seeing each other’s edit. Every
        version is kept; choose one, or write a merged version, and say why. Your decision is recorded and sent to the team.
      </p>
      {rows === undefined ? (
        <p className="govuk-body">Looking for conflicts…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">There are no conflicts to resolve.</p>
      ) : (
        <Table
          caption={`${rows.length} conflict${rows.length === 1 ? '' : 's'}`}
          captionSize="m"
          head={[{ content: 'Inspection' }, { content: 'Record' }, { content: 'What was changed' }, { content: 'Versions', format: 'numeric' }, { content: 'Action' }]}
          rowKeys={rows.map(({ conflict }) => conflict.key)}
          rows={rows.map(({ conflict, title, inspection }) => [
            { content: inspection },
            { content: `${ENTITY_LABELS[conflict.entity]}: ${title}` },
            { content: describeField(conflict.field) },
            { content: String(conflict.changeIds.length), format: 'numeric' },
            {
              content: (
                <Link className="govuk-link" to={conflictPath(conflict.key)}>
                  Resolve<span className="govuk-visually-hidden"> the {describeField(conflict.field)} of {title}</span>
                </Link>
              ),
            },
          ])}
        />
      )}
    </>
  );
}
