import { useSyncExternalStore } from 'react';

/** Large-text mode for older members (适老化), remembered on this device. */
const KEY = 'cx.largeText';
const listeners = new Set<() => void>();

function read(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === '1';
}

let largeText = read();

export function setLargeText(on: boolean): void {
  largeText = on;
  if (on) localStorage.setItem(KEY, '1');
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function useLargeText(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => largeText,
    () => largeText,
  );
}

/** Re-reads storage; tests use it after clearing localStorage. */
export function reloadPreferences(): void {
  largeText = read();
  listeners.forEach((l) => l());
}
