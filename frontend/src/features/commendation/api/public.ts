import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { commendationKeys } from './keys';

export type PublicList = components['schemas']['PublicCommendationList'];
export type CertificateCheck = components['schemas']['CertificateCheck'];

/** A list under public notice or decided, as anyone may read it (a draft is 404). */
export function usePublicList(id: number) {
  return useQuery({
    queryKey: [...commendationKeys.all, 'public-list', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/public/commendation-lists/{listId}', { params: { path: { listId: id } }, signal })),
  });
}

/** A certificate as the register holds it (404 when there is no such certificate). */
export function useCertificateCheck(listId: number, branchId: number) {
  return useQuery({
    queryKey: [...commendationKeys.all, 'certificate', listId, branchId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/public/certificates/{listId}/{branchId}', { params: { path: { listId, branchId } }, signal })),
  });
}
