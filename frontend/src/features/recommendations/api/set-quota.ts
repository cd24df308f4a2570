import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { invalidateEveryRound, type Quota } from './keys';

export type QuotaRequest = components['schemas']['QuotaRequest'];

type Input = { campaignId: number; organisationId: number; body: QuotaRequest };

/**
 * Allots (or changes) the quota of an organisation right below the campaign's; `version` is the row's, null the first
 * time. Refused with 409 QUOTA_IN_USE below what it recommended already, NOT_A_CHILD, STALE_VERSION.
 */
export async function setQuota({ campaignId, organisationId, body }: Input): Promise<Quota> {
  return unwrap(
    await api.PUT('/api/v1/campaigns/{campaignId}/quotas/{organisationId}', { params: { path: { campaignId, organisationId } }, body }),
  );
}

/** The quota shows in this campaign's table and in the round of the campaign below that adopted it. */
export function useSetQuota(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, body }: { organisationId: number; body: QuotaRequest }) =>
      setQuota({ campaignId, organisationId, body }),
    onSuccess: () => invalidateEveryRound(queryClient),
  });
}
