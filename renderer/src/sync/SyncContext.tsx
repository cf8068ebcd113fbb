/**
 * One sync engine per unlocked session: made when the data is ready, stopped when it goes (locking
 * unmounts everything below DataProvider, so nothing syncs while the workbench is locked). It also
 * tries at once when the browser says the network is back.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useData } from '../db/DataContext';
import { usePlatform } from '../platform/PlatformContext';
import { SyncEngine } from './syncEngine';
import { SyncSession } from './syncSession';
import type { SyncStatus } from './syncStatus';

const SyncContext = createContext<SyncEngine | null>(null);

export function SyncProvider({ children }: { children: ReactNode }) {
  const { store, profile } = useData();
  const platform = usePlatform();
  const [engine] = useState(() => new SyncEngine(store, profile, new SyncSession(platform.secrets, store, profile)));
  useEffect(() => {
    void engine.start();
    const online = () => void engine.syncNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      engine.stop();
    };
  }, [engine]);
  return <SyncContext.Provider value={engine}>{children}</SyncContext.Provider>;
}

export function useSyncEngine(): SyncEngine {
  const engine = useContext(SyncContext);
  if (!engine) throw new Error('useSyncEngine outside SyncProvider');
  return engine;
}

export function useSyncStatus(): SyncStatus {
  const engine = useSyncEngine();
  return useSyncExternalStore(
    (listener) => engine.subscribe(listener),
    () => engine.getStatus(),
  );
}
