import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { memberKeys, type Member } from './get-members';

export type MemberRequest = components['schemas']['MemberRequest'];

export async function createMember(branchId: number, body: MemberRequest): Promise<Member> {
  return unwrap(await api.POST('/api/v1/branches/{branchId}/members', { params: { path: { branchId } }, body }));
}

export function useCreateMember(branchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberRequest) => createMember(branchId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(branchId) }),
  });
}
