/**
 * Which photos are having their copies made right now, in this window. A photo is stored as soon as
 * its original is checked and hashed; until its thumbnail and display copy are recorded the screens
 * say that a preview is being made, rather than that something is missing.
 */
import { useSyncExternalStore } from 'react';

let making: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function publish(next: ReadonlySet<string>) {
  making = next;
  for (const listener of listeners) listener();
}

/** Runs `work` with the photo marked as having its preview made. */
export async function makingPreview<T>(photoId: string, work: () => Promise<T>): Promise<T> {
  publish(new Set([...making, photoId]));
  try {
    return await work();
  } finally {
    const next = new Set(making);
    next.delete(photoId);
    publish(next);
  }
}

export function useMakingPreview(photoId: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => making.has(photoId),
  );
}
