/** The saved views, loaded once from the meta table and written back whenever one is saved or deleted. */
import { useCallback, useEffect, useState } from 'react';
import { useDataStore } from '../../db/DataContext';
import type { RegisterView } from './rowModel/registerView';
import { loadSavedViews, storeSavedViews, withoutSavedView, withSavedView, type SavedView } from './savedViews';

export interface SavedViews {
  views: readonly SavedView[];
  save: (name: string, view: RegisterView) => Promise<void>;
  remove: (name: string) => Promise<void>;
}

export function useSavedViews(): SavedViews {
  const store = useDataStore();
  const [views, setViews] = useState<readonly SavedView[]>([]);
  useEffect(() => {
    let live = true;
    void loadSavedViews(store).then((loaded) => {
      if (live) setViews(loaded);
    });
    return () => {
      live = false;
    };
  }, [store]);

  const save = useCallback(
    async (name: string, view: RegisterView) => {
      const next = withSavedView(views, { name, savedAt: new Date().toISOString(), view });
      await storeSavedViews(store, next);
      setViews(next);
    },
    [store, views],
  );
  const remove = useCallback(
    async (name: string) => {
      const next = withoutSavedView(views, name);
      await storeSavedViews(store, next);
      setViews(next);
    },
    [store, views],
  );
  return { views, save, remove };
}
