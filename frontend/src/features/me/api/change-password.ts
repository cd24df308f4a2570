import { useMutation } from '@tanstack/react-query';
import { api, sessionFromToken, unwrap } from '@/lib/api-client';
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
    const token = unwrap(await api.POST('/api/v1/auth/token', { body: { username, password: body.newPassword } }));
    setSession(sessionFromToken(token));
    return true;
  } catch {
    setSession(null, 'signedOut');
    return false;
  }
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
