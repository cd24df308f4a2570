import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { memberKeys } from './get-members';

export type MemberImport = components['schemas']['MemberImport'];

/** A spreadsheet of members into the register: all rows or none; a row naming a current member is left out. */
export async function importMembers(branchId: number, file: File): Promise<MemberImport> {
  const form = new FormData();
  form.append('file', file);
  return unwrap(
    await api.POST('/api/v1/branches/{branchId}/members/import', {
      params: { path: { branchId } },
      // openapi-fetch sends FormData as it is; the browser sets the multipart boundary.
      body: form as unknown as { file?: string },
      bodySerializer: (b: unknown) => b as FormData,
    }),
  );
}

export function useImportMembers(branchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importMembers(branchId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(branchId) }),
  });
}
