/**
 * Locks after a stretch with no keyboard, pointer or touch input (SECURITY.md B4). One timer, due at
 * the last activity plus the idle time; when it fires early (activity moved the deadline) it re-arms.
 */
import { useEffect } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock(idleMinutes: number, lock: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const idleMs = idleMinutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const arm = (delay: number) => {
      timer = setTimeout(() => {
        const idle = Date.now() - lastActivity;
        if (idle >= idleMs) lock();
        else arm(idleMs - idle);
      }, delay);
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    arm(idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleMinutes, lock, enabled]);
}
