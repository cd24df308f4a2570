import { useSyncExternalStore } from 'react';

/** Who is signed in, kept in localStorage so a reload keeps the session. */
export type Session = {
  accessToken: string;
  refreshToken?: string | undefined;
  expiresAt: number;
  username: string;
  displayName: string;
  roles: string[];
  branchId: number | null;
  mustChangePassword: boolean;
};

const KEY = 'cx.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

/** Why the last session ended: the sign-in page says so, and a sign-out forgets the page. */
export let sessionEnd: 'expired' | 'signedOut' | null = null;

export function setSession(next: Session | null, reason?: 'expired' | 'signedOut'): void {
  current = next;
  sessionEnd = next ? null : (reason ?? null);
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

// Another tab signed in, refreshed or signed out: follow it, so tabs never reuse a spent refresh token.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return;
    current = read();
    listeners.forEach((l) => l());
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
