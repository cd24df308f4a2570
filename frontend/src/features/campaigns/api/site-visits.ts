import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type SiteVisit = components['schemas']['SiteVisit'];
export type SiteVisitRequest = components['schemas']['SiteVisitRequest'];

export function useSiteVisits(campaignId: number, page: number) {
  return useQuery({
    queryKey: campaignKeys.part(campaignId, 'site-visits', page),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/campaigns/{campaignId}/site-visits', {
          params: { path: { campaignId }, query: { page, size: 20, sort: '-visitedOn' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateSiteVisit(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SiteVisitRequest) =>
      unwrap(await api.POST('/api/v1/campaigns/{campaignId}/site-visits', { params: { path: { campaignId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.part(campaignId, 'site-visits') }),
  });
}
