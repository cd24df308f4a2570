import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { MemberRequest } from './create-member';
import { memberKeys, type Member } from './get-members';

export async function updateMember(branchId: number, id: number, body: MemberRequest): Promise<Member> {
  return unwrap(await api.PUT('/api/v1/branches/{branchId}/members/{id}', { params: { path: { branchId, id } }, body }));
}

export function useUpdateMember(branchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: MemberRequest }) => updateMember(branchId, id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(branchId) }),
  });
}
