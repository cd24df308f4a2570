import { useSyncExternalStore, type ComponentType } from 'react';

let loaded = false;
const listeners = new Set<() => void>();

/** True once some part drawn with Ant Design has been fetched: the shell then mounts the holder of its messages. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = () => loaded;

export function useAntdLoaded(): boolean {
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Loads a component drawn with Ant Design together with the theme around it (`AntdScope`), in parallel: the way
 * every such page, home and shell part is fetched, so that a screen drawn without it never loads it.
 */
export function withAntd<P extends object>(load: () => Promise<ComponentType<P>>): () => Promise<{ default: ComponentType<P> }> {
  return () =>
    Promise.all([load(), import('./antd-scope')]).then(([Inner, scope]) => {
      if (!loaded) {
        loaded = true;
        listeners.forEach((l) => l());
      }
      return { default: scope.scoped(Inner) };
    });
}
