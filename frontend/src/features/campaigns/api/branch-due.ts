import dayjs from 'dayjs';
import { useMemo } from 'react';
import { dueGroups, type DueGroups } from '../components/due-rules';
import { useDeliverableTypes } from './deliverable-types';
import { useDeliverables } from './deliverables';
import { useLiveCampaign } from './get-campaigns';
import { usePhases } from './phases';

/** The branch's own deliverables of a campaign, as the home, the materials tab and its badge read them (one cache). */
export const OWN_DELIVERABLES = { size: 100, sort: '-updatedAt' } as const;

/** What the signed-in branch has to do in the running campaign; `groups` is undefined while loading. */
export function useBranchDue(enabled = true) {
  const live = useLiveCampaign(enabled);
  const campaign = enabled ? live.data?.items[0] : undefined;
  const campaignId = campaign?.id ?? 0;
  const phases = usePhases(campaign?.id);
  const types = useDeliverableTypes(campaign?.id);
  const mine = useDeliverables(campaignId, OWN_DELIVERABLES, campaignId > 0);
  const groups = useMemo<DueGroups | undefined>(
    () =>
      phases.data && types.data && mine.data
        ? dueGroups(phases.data, types.data, mine.data.items, dayjs().format('YYYY-MM-DD'))
        : undefined,
    [phases.data, types.data, mine.data],
  );
  const error = live.error ?? phases.error ?? types.error ?? mine.error;
  return {
    campaign,
    campaignId,
    phases: phases.data,
    types: types.data,
    groups,
    noCampaign: live.isSuccess && !campaign,
    isPending: live.isPending || (campaignId > 0 && !groups && !error),
    error,
    refetch: () => void Promise.all([live.refetch(), phases.refetch(), types.refetch(), mine.refetch()]),
  };
}
