import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './get-members';

export async function deleteMember(branchId: number, id: number, version: number): Promise<void> {
  unwrap(await api.DELETE('/api/v1/branches/{branchId}/members/{id}', { params: { path: { branchId, id }, query: { version } } }));
}

export function useDeleteMember(branchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => deleteMember(branchId, id, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(branchId) }),
  });
}
