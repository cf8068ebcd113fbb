/**
 * A component whose code is loaded the first time it is shown (React.lazy), and that can be asked
 * to load earlier (`preload`), e.g. while the inspector types the passphrase. Both share one import.
 *
 * Once loaded, it renders the component itself rather than through React.lazy: a lazy component
 * suspends on its first render even when its import has already finished, and React then holds the
 * content back behind the fallback for a throttle interval (~300 ms), which is what preloading is
 * meant to save.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export type Preloadable<P extends object = object> = ComponentType<P> & { preload: () => Promise<unknown> };

/** `load` imports the component's module; `name` is its named export (the app's modules export no defaults). */
export function lazyComponent<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = module[name];
      return { default: loaded };
    });
    // A failed load (e.g. the chunk could not be read) is tried again next time instead of cached.
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  const Lazy = lazy(preload);
  function LazyComponent(props: P) {
    // Chosen once per mounted instance: switching from Lazy to the loaded component later would
    // remount it and lose its state.
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  LazyComponent.displayName = `Lazy(${name})`;
  return Object.assign(LazyComponent, { preload });
}

/** A route's screen: takes no props (it reads its parameters from the route). */
export type LazyScreen = Preloadable;

export function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyScreen {
  return lazyComponent(load, name);
}
