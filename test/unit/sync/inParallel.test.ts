import { describe, expect, it } from 'vitest';
import { forEachInParallel } from '../../../renderer/src/sync/inParallel';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachInParallel', () => {
  it('runs every item, never more than the lanes at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachInParallel([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure, lets the running items finish, then throws that failure', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const outcome = forEachInParallel([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 2) throw new Error('offline');
      await tick();
      finished.push(item);
    });
    await expect(outcome).rejects.toThrow('offline');
    expect(started).toEqual([1, 2]);
    expect(finished).toEqual([1]);
  });

  it('does nothing for no items', async () => {
    await expect(forEachInParallel([], 3, () => Promise.reject(new Error('not called')))).resolves.toBeUndefined();
  });
});
