import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys, type Campaign } from './get-campaigns';

export type CampaignRequest = components['schemas']['CampaignRequest'];
export type CampaignCopyRequest = components['schemas']['CampaignCopyRequest'];

export async function getCampaign(id: number, signal?: AbortSignal): Promise<Campaign> {
  return unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal }));
}

export function getCampaignQueryOptions(id: number) {
  return queryOptions({ queryKey: campaignKeys.detail(id), queryFn: ({ signal }) => getCampaign(id, signal) });
}

export function useCampaign(id: number | null | undefined) {
  return useQuery({ ...getCampaignQueryOptions(id ?? 0), enabled: id != null && id > 0 });
}

function useCampaignMutation<V>(fn: (v: V) => Promise<Campaign>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(campaign.id ?? 0), campaign);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}

export function useUpdateCampaign() {
  return useCampaignMutation(async ({ id, body }: { id: number; body: CampaignRequest }) =>
    unwrap(await api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body })),
  );
}

export function useCreateCampaign() {
  return useCampaignMutation(async (body: CampaignRequest) => unwrap(await api.POST('/api/v1/campaigns', { body })));
}

export type StatusAction = 'activate' | 'close';

export function useChangeCampaignStatus() {
  return useCampaignMutation(async ({ id, action, version }: { id: number; action: StatusAction; version: number }) =>
    action === 'activate'
      ? unwrap(await api.POST('/api/v1/campaigns/{id}/activate', { params: { path: { id } }, body: { version } }))
      : unwrap(await api.POST('/api/v1/campaigns/{id}/close', { params: { path: { id } }, body: { version } })),
  );
}

export type RecordedHistoryRequest = components['schemas']['RecordedHistoryRequest'];

/** Enter a past campaign as of a date (asOf null: back to live dates); audited with the reason. */
export function useSetRecordedHistory() {
  return useCampaignMutation(async ({ id, body }: { id: number; body: RecordedHistoryRequest }) =>
    unwrap(await api.POST('/api/v1/campaigns/{id}/recorded-history', { params: { path: { id } }, body })),
  );
}

/** A new DRAFT campaign from this one: phases moved to the new start, standards, grades and types copied. */
export function useCopyCampaign() {
  return useCampaignMutation(async ({ id, body }: { id: number; body: CampaignCopyRequest }) =>
    unwrap(await api.POST('/api/v1/campaigns/{id}/copy', { params: { path: { id } }, body })),
  );
}
