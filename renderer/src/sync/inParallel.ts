/**
 * Runs `work` over `items` with at most `lanes` at once, in order of starting. Photo transfers use it so
 * that hashing and storing one photo on this laptop overlaps the gateway storing the next, as browsers
 * overlap requests. The first failure stops new items from starting; those already running finish (a
 * transfer cut half way would only have to resume later), then that failure is thrown.
 */
export async function forEachInParallel<T>(
  items: readonly T[],
  lanes: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
  if (failures.length > 0) throw failures[0];
}
