/** Screens loaded on first use: a preloaded screen renders at once; one not yet loaded shows the fallback first. */
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from '@renderer/app/lazyScreen';

function deferredModule() {
  let resolve: (module: { Greeting: (props: { name: string }) => React.JSX.Element }) => void = () => undefined;
  const promise = new Promise<{ Greeting: (props: { name: string }) => React.JSX.Element }>((done) => {
    resolve = done;
  });
  let calls = 0;
  const load = () => {
    calls += 1;
    return promise;
  };
  const module = { Greeting: ({ name }: { name: string }) => <h1>Hello {name}</h1> };
  return { load, resolve: () => resolve(module), calls: () => calls };
}

describe('lazyComponent', () => {
  it('shows the fallback until the code has loaded, then the component with its props', async () => {
    const deferred = deferredModule();
    const Greeting = lazyComponent(deferred.load, 'Greeting');
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Greeting name="Jo" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => deferred.resolve());
    expect(await screen.findByRole('heading', { name: 'Hello Jo' })).toBeTruthy();
  });

  it('renders a preloaded component without suspending, and imports it once', async () => {
    const deferred = deferredModule();
    const Greeting = lazyComponent(deferred.load, 'Greeting');
    const preloaded = Greeting.preload();
    deferred.resolve();
    await preloaded;
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Greeting name="Sam" />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Hello Sam' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(deferred.calls()).toBe(1);
  });

  it('tries the import again after a failed preload', async () => {
    let calls = 0;
    const Greeting = lazyComponent(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('chunk missing'))
        : Promise.resolve({ Greeting: ({ name }: { name: string }) => <h1>Hello {name}</h1> });
    }, 'Greeting');
    await expect(Greeting.preload()).rejects.toThrow('chunk missing');
    await Greeting.preload();
    expect(calls).toBe(2);
  });
});
