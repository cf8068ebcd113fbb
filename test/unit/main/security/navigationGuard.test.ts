/**
 * SECURITY.md A3: the guard prevents every navigation, redirect and webview, denies every new window,
 * and hands only allowlisted https links to the system browser. Runs against a fake WebContents that
 * records the listeners the guard installs.
 */
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { guardNavigation } from '../../../../main/src/security/navigationGuard';

type Listener = (event: { preventDefault(): void }, ...args: unknown[]) => void;
type OpenHandler = (details: { url: string }) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn(() => Promise.resolve());
  const log = vi.fn();
  guardNavigation(contents as unknown as WebContents, { openExternal, log });

  /** Emits an event the way Electron does and reports whether a listener prevented it. */
  function emit(event: string, ...args: unknown[]): boolean {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault }, ...args);
    return preventDefault.mock.calls.length > 0;
  }
  function open(url: string): unknown {
    if (!openHandler) throw new Error('no window open handler was installed');
    return openHandler({ url });
  }
  return { emit, open, openExternal, log };
}

describe('guardNavigation', () => {
  it.each(['https://example.com/', 'app://bundle/other.html', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'prevents will-navigate to %s and logs it',
    (url) => {
      const { emit, log } = fakeContents();
      expect(emit('will-navigate', url)).toBe(true);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(url));
    },
  );

  it('prevents will-redirect', () => {
    const { emit, log } = fakeContents();
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/'));
  });

  it('prevents will-attach-webview', () => {
    const { emit, log } = fakeContents();
    expect(emit('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
    expect(log).toHaveBeenCalledOnce();
  });

  it.each([
    'https://evil.example/',
    'http://www.gov.uk/',
    'https://www.gov.uk.evil.com/',
    'javascript:alert(1)',
    'app://bundle/index.html',
    'about:blank',
  ])('denies window.open(%s) without opening it anywhere', (url) => {
    const { open, openExternal, log } = fakeContents();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('blocked window.open'));
  });

  it('denies the window for an allowlisted https link but opens it in the system browser', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://www.gov.uk/guidance/good-manufacturing-practice')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.uk/guidance/good-manufacturing-practice');
  });
});
