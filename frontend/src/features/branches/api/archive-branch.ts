import { api, unwrap } from '@/lib/api-client';
import type { Branch } from './get-branches';

export type BranchStatusChange = { id: number; version: number };

export async function archiveBranch({ id, version }: BranchStatusChange): Promise<Branch> {
  return unwrap(await api.POST('/api/v1/branches/{id}/archive', { params: { path: { id } }, body: { version } }));
}
