import createClient, { type Middleware } from 'openapi-fetch';
import { env } from '@/config/env';
import type { paths } from './api/schema';
import { ApiError, type Problem } from './problem';
import { getSession, setSession, type Session } from './session';

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
    if (session) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    if (session?.refreshToken) pending.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id }) {
    const copy = pending.get(id);
    pending.delete(id);
    if (response.status !== 401 || request.url.includes('/api/v1/auth/')) return response;
    const sentWith = request.headers.get('Authorization');
    const current = getSession();
    // Another request (or tab) may already have renewed the token while this one was under way.
    const renewed =
      current && `Bearer ${current.accessToken}` !== sentWith ? current : await refreshSession();
    if (renewed && copy) {
      copy.headers.set('Authorization', `Bearer ${renewed.accessToken}`);
      return globalThis.fetch(copy);
    }
    // Clearing the session sends the user to the sign-in page, which remembers where they were.
    setSession(null, 'expired');
    return response;
  },
};
api.use(auth);

/** Trades the refresh token for a new access token; concurrent 401s share one attempt. */
export function refreshSession(): Promise<Session | null> {
  const session = getSession();
  if (!session?.refreshToken) return Promise.resolve(null);
  refreshing ??= (async () => {
    try {
      const response = await globalThis.fetch(`${env.apiBaseUrl}${REFRESH_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!response.ok) return null;
      const body = (await response.json()) as TokenBody;
      const next = sessionFromToken(body, session.refreshToken);
      setSession(next);
      return next;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

type TokenBody = paths['/api/v1/auth/token']['post']['responses']['200']['content']['application/json'] & {
  refreshToken?: string;
};

export function sessionFromToken(body: TokenBody, previousRefreshToken?: string): Session {
  return {
    accessToken: body.accessToken ?? '',
    refreshToken: body.refreshToken ?? previousRefreshToken,
    expiresAt: Date.now() + (body.expiresIn ?? 900) * 1000,
    username: body.username ?? '',
    displayName: body.displayName ?? body.username ?? '',
    roles: body.roles ?? [],
    branchId: body.branchId ?? null,
    mustChangePassword: body.mustChangePassword ?? false,
  };
}

/** Signs out here and, when the API issued a refresh token, revokes it there too (best effort). */
export async function signOut(): Promise<void> {
  const session = getSession();
  setSession(null, 'signedOut');
  if (!session?.refreshToken) return;
  try {
    await globalThis.fetch(`${env.apiBaseUrl}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
  } catch {
    // Offline: the refresh token expires by itself.
  }
}

/** Returns the data of a 2xx answer or throws an ApiError with the problem body. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.error === undefined) return result.data as T;
  throw new ApiError(result.response.status, result.error as Problem | undefined);
}
