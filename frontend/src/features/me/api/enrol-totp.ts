import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type TotpEnrolment = components['schemas']['TotpEnrolment'];

export async function enrolTotp(): Promise<TotpEnrolment> {
  return unwrap(await api.POST('/api/v1/me/totp'));
}

export function useEnrolTotp() {
  return useMutation({ mutationFn: enrolTotp });
}
