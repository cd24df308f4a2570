import createClient, { type Middleware } from 'openapi-fetch';
import { env } from '@/config/env';
import type { paths } from './api/schema';
import { ApiError, type Problem } from './problem';
import { getSession, setRestoring, setSession, type Session } from './session';

const REFRESH_PATH = '/api/v1/auth/refresh';

/** The one API client, typed from openapi.yaml. Fetch is looked up per call so tests can replace it. */
export const api = createClient<paths>({
  baseUrl: env.apiBaseUrl,
  fetch: (request: Request) => globalThis.fetch(request),
});

// A copy of each request body, kept until its answer, so a request can be sent again after a refresh.
const pending = new Map<string, Request>();
let refreshing: Promise<Session | null> | null = null;

const auth: Middleware = {
  onRequest({ request, id }) {
    const session = getSession();
    if (session) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
      pending.set(id, request.clone());
    }
    return request;
  },
  async onResponse({ request, response, id }) {
    const copy = pending.get(id);
    pending.delete(id);
    if (response.status !== 401 || request.url.includes('/api/v1/auth/')) return response;
    const sentWith = request.headers.get('Authorization');
    // Another request may already have renewed the token (or the user signed in again) while this one was under way.
    const newer = () => {
      const current = getSession();
      return current && `Bearer ${current.accessToken}` !== sentWith ? current : null;
    };
    const renewed = newer() ?? (await refreshSession()) ?? newer();
    if (renewed && copy) {
      copy.headers.set('Authorization', `Bearer ${renewed.accessToken}`);
      return globalThis.fetch(copy);
    }
    // Clearing the session sends the user to the sign-in page, which remembers where they were.
    if (!renewed) setSession(null, 'expired');
    return response;
  },
};
api.use(auth);

type TokenBody = paths['/api/v1/auth/token']['post']['responses']['200']['content']['application/json'];

/** Runs `task` while no other tab of this browser runs one under the same name (Web Locks where available). */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('cx.refresh', task) as Promise<T>) : task();
}

async function exchangeCookie(): Promise<Response> {
  const send = () =>
    globalThis.fetch(`${env.apiBaseUrl}${REFRESH_PATH}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
  const response = await send();
  // Another tab (without Web Locks) refreshed a moment ago: the cookie now holds its successor, so ask once more.
  if (response.status === 409) return send();
  return response;
}

/**
 * Asks for a new access token with the HttpOnly refresh cookie; concurrent 401s in a tab share one attempt, and tabs
 * take turns, so that no two requests present the same refresh token.
 */
export function refreshSession(): Promise<Session | null> {
  refreshing ??= exclusively(async () => {
    try {
      const response = await exchangeCookie();
      if (!response.ok) return null;
      const next = sessionFromToken((await response.json()) as TokenBody);
      setSession(next);
      return next;
    } catch {
      return null;
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** At page load: the access token is only in memory, so a reload or a new tab asks for one with the cookie. */
export async function restoreSession(): Promise<Session | null> {
  if (getSession()) return getSession();
  setRestoring(true);
  try {
    return await refreshSession();
  } finally {
    setRestoring(false);
  }
}

export function sessionFromToken(body: TokenBody): Session {
  return {
    accessToken: body.accessToken,
    expiresAt: Date.now() + body.expiresIn * 1000,
    username: body.username,
    displayName: body.displayName,
    roles: body.roles,
    branchId: body.branchId ?? null,
    mustChangePassword: body.mustChangePassword,
  };
}

/** Signs out here, in the other tabs and there: the API ends this sign-in and clears the refresh cookie. */
export async function signOut(): Promise<void> {
  const session = getSession();
  setSession(null, 'signedOut');
  if (!session) return;
  try {
    await globalThis.fetch(`${env.apiBaseUrl}/api/v1/auth/logout`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
      body: '{}',
    });
  } catch {
    // Offline: the sign-in ends by itself after its idle time.
  }
}

/** Returns the data of a 2xx answer or throws an ApiError with the problem body. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.error === undefined) return result.data as T;
  throw new ApiError(result.response.status, result.error as Problem | undefined);
}
