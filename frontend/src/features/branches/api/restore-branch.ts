import { api, unwrap } from '@/lib/api-client';
import type { BranchStatusChange } from './archive-branch';
import type { Branch } from './get-branches';

export async function restoreBranch({ id, version }: BranchStatusChange): Promise<Branch> {
  return unwrap(await api.POST('/api/v1/branches/{id}/restore', { params: { path: { id } }, body: { version } }));
}
