import { useMutation } from '@tanstack/react-query';
import { env } from '@/config/env';
import { api, sessionFromToken } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { ApiError } from '@/lib/problem';
import { getSession, setSession } from '@/lib/session';

export type PasswordChangeRequest = components['schemas']['PasswordChangeRequest'];

/**
 * Changes the password; the API then ends every sign-in, so this signs in again with the new password.
 * Returns false when that second sign-in needs more (a one-time code): the user signs in by hand.
 */
export async function changePassword(body: PasswordChangeRequest): Promise<boolean> {
  const username = getSession()?.username ?? '';
  const changed = await api.PUT('/api/v1/me/password', { body });
  if (!changed.response.ok) throw new ApiError(changed.response.status, changed.error as never);
  try {
    // Sent without the old bearer token: the change has just revoked it.
    const response = await globalThis.fetch(`${env.apiBaseUrl}/api/v1/auth/token`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: body.newPassword, refreshCookie: true }),
    });
    if (!response.ok) throw new ApiError(response.status, undefined);
    setSession(sessionFromToken((await response.json()) as Parameters<typeof sessionFromToken>[0]));
    return true;
  } catch {
    setSession(null, 'signedOut');
    return false;
  }
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
