import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { meKeys, type Me } from './get-me';

export async function confirmTotp(code: string): Promise<Me> {
  return unwrap(await api.POST('/api/v1/me/totp/confirm', { body: { code } }));
}

export function useConfirmTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTotp,
    onSuccess: (me) => queryClient.setQueryData(meKeys.me, me),
  });
}
