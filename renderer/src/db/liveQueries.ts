/**
 * Live reads for React: the component re-renders when the records it read change, whoever wrote them
 * (this window, an import, or sync). `undefined` means still loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Change } from '@shared/changes/change';
import type { EntityName } from '@shared/domain/entities';
import { useDataStore } from './DataContext';
import type { ListOptions, Stored } from './DataStore';

export function useLiveRecords<E extends EntityName>(entity: E, options: ListOptions = {}): Stored<E>[] | undefined {
  const store = useDataStore();
  return useLiveQuery(() => store.list(entity, options), [store, entity, options.inspectionId, options.includeDeleted]);
}

export function useLiveRecord<E extends EntityName>(entity: E, id: string | undefined): Stored<E> | null | undefined {
  const store = useDataStore();
  return useLiveQuery(async () => (id ? ((await store.get(entity, id)) ?? null) : null), [store, entity, id]);
}

export function useLiveChangesForRecord(entity: EntityName, id: string | undefined): Change[] | undefined {
  const store = useDataStore();
  return useLiveQuery(async () => (id ? store.changesForRecord(entity, id) : []), [store, entity, id]);
}

export function useLiveChangesForInspection(inspectionId: string | undefined): Change[] | undefined {
  const store = useDataStore();
  return useLiveQuery(
    async () => (inspectionId ? store.changesForInspection(inspectionId) : []),
    [store, inspectionId],
  );
}
