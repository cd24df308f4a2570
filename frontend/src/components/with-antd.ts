import type { ComponentType } from 'react';

/**
 * Loads a component drawn with Ant Design together with the theme around it (`AntdScope`), in parallel: the way
 * every such page, home and shell part is fetched, so that a screen drawn without it never loads it.
 */
export function withAntd<P extends object>(load: () => Promise<ComponentType<P>>): () => Promise<{ default: ComponentType<P> }> {
  return () => Promise.all([load(), import('./antd-scope')]).then(([Inner, scope]) => ({ default: scope.scoped(Inner) }));
}
