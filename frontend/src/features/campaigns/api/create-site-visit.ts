import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { siteVisitKeys, type SiteVisit } from './get-site-visits';

export type SiteVisitRequest = components['schemas']['SiteVisitRequest'];

export async function createSiteVisit({ campaignId, body }: { campaignId: number; body: SiteVisitRequest }): Promise<SiteVisit> {
  return unwrap(await api.POST('/api/v1/campaigns/{campaignId}/site-visits', { params: { path: { campaignId } }, body }));
}

export function useCreateSiteVisit(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SiteVisitRequest) => createSiteVisit({ campaignId, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteVisitKeys(campaignId) }),
  });
}
