import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { meKeys, type Me } from './get-me';

export type TotpEnrolment = components['schemas']['TotpEnrolment'];

export async function enrolTotp(): Promise<TotpEnrolment> {
  return unwrap(await api.POST('/api/v1/me/totp'));
}

export async function confirmTotp(code: string): Promise<Me> {
  return unwrap(await api.POST('/api/v1/me/totp/confirm', { body: { code } }));
}

export function useEnrolTotp() {
  return useMutation({ mutationFn: enrolTotp });
}

export function useConfirmTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTotp,
    onSuccess: (me) => queryClient.setQueryData(meKeys.me, me),
  });
}
