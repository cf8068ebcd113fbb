/**
 * Saved register views: a person's own UI preferences, not inspection records, so they live in
 * the database's `meta` table rather than the change log (no audit trail, never synced). What is
 * read back is checked against the view schema one view at a time: a corrupt or outdated entry is
 * dropped with a console warning, and the register opens with whatever is still good.
 */
import { z } from 'zod';
import { IsoDateTime } from '@shared/domain/primitives';
import type { DataStore } from '../../db/DataStore';
import { RegisterViewSchema } from './rowModel/registerView';

export const SAVED_VIEWS_KEY = 'register-views';
export const MAX_SAVED_VIEWS = 50;
export const MAX_VIEW_NAME = 100;

export const SavedViewSchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_VIEW_NAME),
    savedAt: IsoDateTime,
    view: RegisterViewSchema,
  })
  .strict();
export type SavedView = z.infer<typeof SavedViewSchema>;

const StoredViewsSchema = z.object({ version: z.literal(1), views: z.array(z.unknown()).max(1000) }).strict();

type MetaStore = Pick<DataStore, 'getMeta' | 'setMeta'>;

export async function loadSavedViews(store: MetaStore): Promise<SavedView[]> {
  const stored = await store.getMeta<unknown>(SAVED_VIEWS_KEY);
  if (stored === undefined) return [];
  const envelope = StoredViewsSchema.safeParse(stored);
  if (!envelope.success) {
    console.warn('Saved register views could not be read and were ignored:', z.prettifyError(envelope.error));
    return [];
  }
  const views: SavedView[] = [];
  for (const [index, candidate] of envelope.data.views.entries()) {
    const view = SavedViewSchema.safeParse(candidate);
    if (view.success) views.push(view.data);
    else
      console.warn(`Saved register view ${index + 1} could not be read and was ignored:`, z.prettifyError(view.error));
  }
  return views.slice(0, MAX_SAVED_VIEWS);
}

export async function storeSavedViews(store: MetaStore, views: readonly SavedView[]): Promise<void> {
  await store.setMeta(SAVED_VIEWS_KEY, { version: 1, views });
}

/** Adds a view, replacing one of the same name (names compare without case), newest last. */
export function withSavedView(views: readonly SavedView[], saved: SavedView): SavedView[] {
  const key = saved.name.trim().toLowerCase();
  return [...views.filter((v) => v.name.trim().toLowerCase() !== key), saved];
}

export function withoutSavedView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}
