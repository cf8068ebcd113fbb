/**
 * Opens the database, finds who is using this device, and gives features the DataStore and the
 * commit session. Until all of that is ready it shows the screen for the state it is in: opening,
 * blocked by another window, newer data, recovery, or first-run setup.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Change } from '@shared/changes/change';
import type { User } from '@shared/domain/profile';
import { useDailyBackup } from '../features/packages/useDailyBackup';
import { DeviceSetupPage } from '../features/startup/DeviceSetupPage';
import { RecoveryPage } from '../features/startup/RecoveryPage';
import { StartupProblemPage } from '../features/startup/StartupProblemPage';
import type { CommitRequest, CommitSession } from './commit';
import { DataStore } from './DataStore';
import { openDatabase, requestPersistentStorage, type PersistenceState } from './openDatabase';
import { loadProfile, type DeviceProfile } from './deviceProfile';
import { plainCodec } from './storageCodec';
import type { DatabaseUnavailableError } from './storageErrors';

interface DataContextValue {
  store: DataStore;
  profile: DeviceProfile;
  session: CommitSession;
  persistence: PersistenceState;
}

const DataContext = createContext<DataContextValue | null>(null);

type Phase =
  | { kind: 'opening'; blockedMessage?: string }
  | { kind: 'problem'; title: string; message: string }
  | { kind: 'recovery'; error: DatabaseUnavailableError }
  | { kind: 'setup'; store: DataStore }
  | { kind: 'ready'; value: DataContextValue };

export function sessionFor(profile: DeviceProfile): CommitSession {
  return {
    actor: { userId: profile.user.id, name: profile.user.name },
    deviceId: profile.device.id,
    now: () => new Date(),
  };
}

export function DataProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [persistence, setPersistence] = useState<PersistenceState>('unsupported');

  useEffect(() => {
    let live = true;
    void (async () => {
      const outcome = await openDatabase({
        onBlocked: (error) => live && setPhase({ kind: 'opening', blockedMessage: error.message }),
        onVersionChange: () =>
          live &&
          setPhase({
            kind: 'problem',
            title: 'Inspection Workbench was updated in another window',
            message:
              'This window has closed its connection so the data can be upgraded. Reload this window to continue; nothing has been lost.',
          }),
      });
      if (!live) return;
      if (outcome.state === 'newer')
        return setPhase({ kind: 'problem', title: 'This data needs a newer version', message: outcome.error.message });
      if (outcome.state === 'failed') return setPhase({ kind: 'recovery', error: outcome.error });
      const store = new DataStore(outcome.db, plainCodec);
      setPersistence(await requestPersistentStorage().catch((): PersistenceState => 'unsupported'));
      const profile = await loadProfile(store);
      if (!live) return;
      setPhase(profile ? { kind: 'ready', value: readyValue(store, profile) } : { kind: 'setup', store });
    })();
    return () => {
      live = false;
    };
  }, []);

  const onProfileCreated = useCallback(
    (store: DataStore, profile: DeviceProfile) => setPhase({ kind: 'ready', value: readyValue(store, profile) }),
    [],
  );

  switch (phase.kind) {
    case 'opening':
      return phase.blockedMessage ? (
        <StartupProblemPage title="Waiting for another window" message={phase.blockedMessage} />
      ) : (
        <p className="govuk-body">Opening your data…</p>
      );
    case 'problem':
      return <StartupProblemPage title={phase.title} message={phase.message} />;
    case 'recovery':
      return <RecoveryPage error={phase.error} />;
    case 'setup':
      return <DeviceSetupPage store={phase.store} onCreated={(profile) => onProfileCreated(phase.store, profile)} />;
    case 'ready':
      return (
        <DataContext.Provider value={{ ...phase.value, persistence }}>
          <DailyBackup />
          {children}
        </DataContext.Provider>
      );
  }
}

function readyValue(store: DataStore, profile: DeviceProfile): DataContextValue {
  return { store, profile, session: sessionFor(profile), persistence: 'unsupported' };
}

export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData outside DataProvider');
  return value;
}

export function useDataStore(): DataStore {
  return useData().store;
}

export function useCurrentUser(): User {
  return useData().profile.user;
}

/** The commit function for the current session: the only way features write. */
export function useCommit(): (request: CommitRequest) => Promise<Change[]> {
  const { store, session } = useData();
  return useCallback((request: CommitRequest) => store.commit(session, request), [store, session]);
}

function DailyBackup() {
  useDailyBackup();
  return null;
}
