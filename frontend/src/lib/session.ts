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

/** Set when the server refused the token, so the sign-in page can say why the user is there. */
export let sessionExpired = false;

export function setSession(next: Session | null, reason?: 'expired'): void {
  current = next;
  sessionExpired = reason === 'expired';
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
