import { useSyncExternalStore } from 'react';

/**
 * Who is signed in. The access token lives only in this module's memory: no script-readable storage holds a token, so
 * an injected script cannot carry one away for later. The refresh token is an HttpOnly, SameSite=Strict cookie scoped
 * to the refresh operation (docs/adr/011), so a reload or a new tab restores the session by asking for a new access
 * token (see `restoreSession` in api-client.ts).
 */
export type Session = {
  accessToken: string;
  expiresAt: number;
  username: string;
  displayName: string;
  roles: string[];
  branchId: number | null;
  mustChangePassword: boolean;
};

const listeners = new Set<() => void>();
let current: Session | null = null;
/** True while the first restore of a page load is under way: pages wait instead of sending the user to sign in. */
let restoring = false;

export function getSession(): Session | null {
  return current;
}

/** Why the last session ended: the sign-in page says so, and a sign-out forgets the page. */
export let sessionEnd: 'expired' | 'signedOut' | null = null;

// Tabs share the refresh cookie, not the access token: a sign-out in one tab ends the others too.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('cx.session');
channel?.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- another tab or script may post anything
  if (event.data?.type === 'signedOut' && current) {
    current = null;
    sessionEnd = 'signedOut';
    notify();
  }
});

function notify(): void {
  listeners.forEach((l) => l());
}

export function setSession(next: Session | null, reason?: 'expired' | 'signedOut'): void {
  current = next;
  sessionEnd = next ? null : (reason ?? null);
  if (!next && reason === 'signedOut') channel?.postMessage({ type: 'signedOut' });
  notify();
}

export function setRestoring(value: boolean): void {
  restoring = value;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

const isRestoring = () => restoring;

export function useSessionRestoring(): boolean {
  return useSyncExternalStore(subscribe, isRestoring, isRestoring);
}
