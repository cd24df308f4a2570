import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys } from './keys';

export type CertificateCheck = components['schemas']['CertificateCheck'];

/** A certificate as the register holds it (404 when there is no such certificate). */
export async function getCertificateCheck(listId: number, branchId: number, signal?: AbortSignal): Promise<CertificateCheck> {
  return unwrap(await api.GET('/api/v1/public/certificates/{listId}/{branchId}', { params: { path: { listId, branchId } }, signal }));
}

export function useCertificateCheck(listId: number, branchId: number) {
  return useQuery({
    queryKey: [...commendationKeys.all, 'certificate', listId, branchId],
    queryFn: ({ signal }) => getCertificateCheck(listId, branchId, signal),
  });
}
