/**
 * Saved views come back from the meta table through the schema: good views load, a corrupt
 * envelope or a corrupt view is dropped with a console warning, and nothing throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadSavedViews,
  SAVED_VIEWS_KEY,
  storeSavedViews,
  withoutSavedView,
  withSavedView,
  type SavedView,
} from '../../../renderer/src/features/register/savedViews';
import { defaultView } from '../../../renderer/src/features/register/rowModel/registerView';

function memoryStore(initial?: unknown) {
  const values = new Map<string, unknown>(initial === undefined ? [] : [[SAVED_VIEWS_KEY, initial]]);
  return {
    values,
    getMeta: <T>(key: string) => Promise.resolve(values.get(key) as T | undefined),
    setMeta: (key: string, value: unknown) => {
      values.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
}

const aView = (name: string): SavedView => ({
  name,
  savedAt: '2026-11-25T09:00:00.000Z',
  view: { ...defaultView('all'), search: name, groupBy: 'grade' },
});

afterEach(() => vi.restoreAllMocks());

describe('saved register views', () => {
  it('round-trips views through the meta table', async () => {
    const store = memoryStore();
    expect(await loadSavedViews(store)).toEqual([]);
    await storeSavedViews(store, [aView('Critical GMP'), aView('Łódź site')]);
    expect(await loadSavedViews(store)).toEqual([aView('Critical GMP'), aView('Łódź site')]);
  });

  it.each([
    ['a string', 'not json at all'],
    ['a number', 42],
    ['null', null],
    ['a future version', { version: 2, views: [] }],
    ['views that are not a list', { version: 1, views: { a: 1 } }],
  ])('ignores %s with a warning instead of crashing', async (_label, value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadSavedViews(memoryStore(value))).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keeps the good views when one is corrupt', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...aView('Broken'), view: { ...defaultView('all'), columnOrder: ['reference', 'password'] } };
    const store = memoryStore({ version: 1, views: [aView('Good'), broken, 'junk', aView('Also good')] });
    expect((await loadSavedViews(store)).map((v) => v.name)).toEqual(['Good', 'Also good']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('replaces a view saved again under the same name, ignoring case', () => {
    const views = withSavedView([aView('Mine'), aView('Other')], {
      ...aView('MINE'),
      savedAt: '2026-11-26T09:00:00.000Z',
    });
    expect(views.map((v) => v.name)).toEqual(['Other', 'MINE']);
    expect(withoutSavedView(views, 'Other').map((v) => v.name)).toEqual(['MINE']);
  });
});
