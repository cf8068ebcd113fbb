/**
 * Opens the database, unlocks it, finds who is using this device, and gives features the DataStore
 * and the commit session. Until all of that is ready it shows the screen for the state it is in:
 * opening, blocked by another window, newer data, recovery, creating a passphrase, locked, encrypting
 * existing data, or first-run setup. Locking disposes the codec (zeroing the data key), replaces
 * everything below this provider with the unlock screen at once, and then has the platform start the
 * page again (SECURITY.md B4), so nothing decrypted survives in memory; the new page opens locked.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
import type { DatabaseUnavailableError } from './storageErrors';
import type { WorkbenchDatabase } from './WorkbenchDatabase';
import { usePlatform } from '../platform/PlatformContext';
import { CreatePassphrasePage } from '../security/CreatePassphrasePage';
import { createEncryptingCodec, WorkbenchLockedError, type EncryptingCodec } from '../security/encryptingCodec';
import {
  encryptExistingData,
  markEncrypted,
  readEncryptionState,
  type EncryptionProgress,
} from '../security/encryptExistingData';
import { EncryptingPage } from '../security/EncryptingPage';
import { changePassphrase, createKeyring, unwrapWithPassphrase, type Keyring } from '../security/keyring';
import type { PackageSealingKeys } from '../security/sealedPackage';
import { markLocked, markUnlocked, onLockRequest, setIdleMinutes, useLockState } from '../security/lockState';
import { UnlockPage } from '../security/UnlockPage';
import { useIdleLock } from '../security/useIdleLock';
import {
  dataKeyFromOs,
  ensureOsCopy,
  keepOsCopy,
  readKeyring,
  readLockSettings,
  writeKeyring,
  writeLockSettings,
} from '../security/vault';

/** What the settings screen can do about the lock. */
export interface LockControls {
  lockNow(): void;
  changePassphrase(current: string, next: string): Promise<void>;
  setIdleMinutes(minutes: number): Promise<void>;
}

interface DataContextValue {
  store: DataStore;
  profile: DeviceProfile;
  session: CommitSession;
  persistence: PersistenceState;
  lock: LockControls;
  /** For sealing and opening encrypted backups while unlocked. */
  packageKeys: PackageSealingKeys;
}

const DataContext = createContext<DataContextValue | null>(null);

type Phase =
  | { kind: 'opening'; blockedMessage?: string }
  | { kind: 'problem'; title: string; message: string }
  | { kind: 'recovery'; error: DatabaseUnavailableError }
  | { kind: 'create-passphrase'; hasExistingData: boolean }
  | { kind: 'locked'; notice?: string; osUnlock: boolean }
  | { kind: 'encrypting'; progress: EncryptionProgress | null }
  | { kind: 'setup'; store: DataStore }
  | { kind: 'ready'; value: Omit<DataContextValue, 'lock' | 'packageKeys'> };

export function sessionFor(profile: DeviceProfile): CommitSession {
  return {
    actor: { userId: profile.user.id, name: profile.user.name },
    deviceId: profile.device.id,
    now: () => new Date(),
  };
}

export interface DataProviderProps {
  children: ReactNode;
  /**
   * Loads the code the unlocked app shows first. Started when the passphrase screen (unlock or
   * create) shows, so it loads while the passphrase is typed, and awaited before the unlocked app
   * is shown, so that never waits on its code halfway through rendering. Its failure does not stop
   * unlocking: the screen that needs the code tries again and says so if it cannot.
   */
  loadUnlockedCode?: () => Promise<unknown>;
}

export function DataProvider({ children, loadUnlockedCode }: DataProviderProps) {
  const platform = usePlatform();
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [persistence, setPersistence] = useState<PersistenceState>('unsupported');
  const db = useRef<WorkbenchDatabase | null>(null);
  const keyring = useRef<Keyring | null>(null);
  const codec = useRef<EncryptingCodec | null>(null);
  const { idleMinutes } = useLockState();

  const showLocked = useCallback(
    (notice?: string) =>
      setPhase({ kind: 'locked', osUnlock: keyring.current?.osBacked === true, ...(notice ? { notice } : {}) }),
    [],
  );

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
      db.current = outcome.db;
      setPersistence(await requestPersistentStorage().catch((): PersistenceState => 'unsupported'));
      keyring.current = (await readKeyring(outcome.db)) ?? null;
      if (!live) return;
      if (keyring.current) return showLocked();
      setPhase({ kind: 'create-passphrase', hasExistingData: (await outcome.db.changes.count()) > 0 });
    })();
    return () => {
      live = false;
    };
  }, [showLocked]);

  /** With the data key in hand: finish encrypting older plain data if needed, then open the store. */
  const openWithKey = useCallback(
    async (dataKey: Uint8Array) => {
      const database = db.current;
      if (!database) return;
      try {
        if ((await readEncryptionState(database))?.state !== 'encrypted') {
          const migrating = createEncryptingCodec(dataKey, { acceptPlain: true });
          setPhase({ kind: 'encrypting', progress: null });
          try {
            await encryptExistingData(database, migrating, {
              onProgress: (progress) => setPhase({ kind: 'encrypting', progress }),
            });
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            return showLocked(
              `Encrypting your data stopped (${reason}). Nothing has been lost: unlock again to carry on from where it stopped.`,
            );
          } finally {
            migrating.dispose();
          }
        }
        // The shell first, so it serves the backup and secrets the unlocked app asks it for.
        await platform.reportUnlocked();
        codec.current = createEncryptingCodec(dataKey, { acceptPlain: false });
        const store = new DataStore(database, codec.current);
        markUnlocked((await readLockSettings(database)).idleMinutes);
        const [profile] = await Promise.all([loadProfile(store), loadUnlockedCode?.().catch(() => undefined)]);
        setPhase(profile ? { kind: 'ready', value: readyValue(store, profile) } : { kind: 'setup', store });
      } finally {
        dataKey.fill(0);
      }
    },
    [showLocked, platform, loadUnlockedCode],
  );

  const lockNow = useCallback(() => {
    if (!codec.current) return;
    codec.current.dispose();
    codec.current = null;
    markLocked();
    showLocked();
    void platform.restartLocked();
  }, [showLocked, platform]);

  useEffect(() => onLockRequest(lockNow), [lockNow]);
  const awaitingPassphrase = phase.kind === 'locked' || phase.kind === 'create-passphrase';
  useEffect(() => {
    if (!awaitingPassphrase || !loadUnlockedCode) return;
    // Once the page is idle, so loading it never delays the passphrase screen itself.
    const start = () => void loadUnlockedCode().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(start, 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(start, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [awaitingPassphrase, loadUnlockedCode]);
  useIdleLock(idleMinutes, lockNow, phase.kind === 'ready' || phase.kind === 'setup');

  // Stable, reading the refs when called: after a passphrase change, backups carry the new wrapping.
  const packageKeys = useMemo<PackageSealingKeys>(
    () => ({
      wrappedDataKey() {
        if (!keyring.current) throw new WorkbenchLockedError();
        return keyring.current.passphrase;
      },
      deriveKey(salt, info, use) {
        if (!codec.current) return Promise.reject(new WorkbenchLockedError());
        return codec.current.deriveKey(salt, info, use);
      },
    }),
    [],
  );

  const lock: LockControls = {
    lockNow,
    async changePassphrase(current, next) {
      if (!db.current || !keyring.current) throw new Error('The workbench has no passphrase yet.');
      const changed = await changePassphrase(keyring.current, current, next);
      await writeKeyring(db.current, changed);
      keyring.current = changed;
    },
    async setIdleMinutes(minutes) {
      if (!db.current) return;
      await writeLockSettings(db.current, { idleMinutes: minutes });
      setIdleMinutes(minutes);
    },
  };

  const createPassphrase = async (passphrase: string) => {
    if (!db.current) return;
    const created = await createKeyring(passphrase);
    markUnlocked((await readLockSettings(db.current)).idleMinutes);
    await platform.reportUnlocked();
    const osBacked = await keepOsCopy(platform, created.dataKey).catch(() => false);
    keyring.current = { ...created.keyring, osBacked };
    await writeKeyring(db.current, keyring.current);
    if ((await db.current.changes.count()) === 0) await markEncrypted(db.current);
    await openWithKey(created.dataKey);
  };

  const unlockWithPassphrase = async (passphrase: string) => {
    const current = keyring.current;
    if (!current || !db.current) return;
    const dataKey = await unwrapWithPassphrase(current.passphrase, passphrase);
    const forKeychain = dataKey.slice();
    try {
      await openWithKey(dataKey);
      // A keychain that appeared since the passphrase was made, or a kept copy that was lost, gets the
      // key now, so the next unlock can use the OS account. Failing to keep it costs only that.
      const osBacked = await ensureOsCopy(platform, forKeychain).catch(() => current.osBacked);
      if (osBacked !== current.osBacked) {
        keyring.current = { ...current, osBacked };
        await writeKeyring(db.current, keyring.current);
      }
    } finally {
      forKeychain.fill(0);
    }
  };

  const unlockWithOs = async () => {
    const dataKey = await dataKeyFromOs(platform);
    if (!dataKey) throw new Error('This computer’s keychain holds no key for the workbench. Use your passphrase.');
    await openWithKey(dataKey);
  };

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
    case 'create-passphrase':
      return <CreatePassphrasePage hasExistingData={phase.hasExistingData} onCreate={createPassphrase} />;
    case 'locked':
      return (
        <UnlockPage
          notice={phase.notice}
          osUnlock={phase.osUnlock ? unlockWithOs : undefined}
          onPassphrase={unlockWithPassphrase}
        />
      );
    case 'encrypting':
      return <EncryptingPage progress={phase.progress} />;
    case 'setup':
      return <DeviceSetupPage store={phase.store} onCreated={(profile) => onProfileCreated(phase.store, profile)} />;
    case 'ready':
      return (
        <DataContext.Provider value={{ ...phase.value, persistence, lock, packageKeys }}>
          <DailyBackup />
          {children}
        </DataContext.Provider>
      );
  }
}

function readyValue(store: DataStore, profile: DeviceProfile): Omit<DataContextValue, 'lock' | 'packageKeys'> {
  return { store, profile, session: sessionFor(profile), persistence: 'unsupported' };
}

export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData outside DataProvider');
  return value;
}

export function useLockControls(): LockControls {
  return useData().lock;
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
