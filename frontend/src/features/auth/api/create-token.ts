import { useMutation } from '@tanstack/react-query';
import { api, sessionFromToken, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { setSession, type Session } from '@/lib/session';

export type TokenRequest = components['schemas']['TokenRequest'];

/** Signs in; the refresh token comes back as an HttpOnly cookie, never into the page (docs/adr/011). */
export async function createToken(body: TokenRequest): Promise<Session> {
  const token = unwrap(await api.POST('/api/v1/auth/token', { body: { ...body, refreshCookie: true } }));
  return sessionFromToken(token);
}

/** Signs in and keeps the session. */
export function useCreateToken(options?: { onSuccess?: (session: Session) => void }) {
  return useMutation({
    mutationFn: createToken,
    onSuccess: (session) => {
      setSession(session);
      options?.onSuccess?.(session);
    },
  });
}
