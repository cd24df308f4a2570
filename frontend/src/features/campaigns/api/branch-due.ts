import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { dueGroups, type DueGroups } from '../components/due-rules';
import { useDeliverableTypes } from './get-deliverable-types';
import { useDeliverables } from './get-deliverables';
import { useLiveCampaign } from './get-campaigns';
import { usePhases } from './get-phases';

/** The branch's own deliverables of a campaign, as the home, the materials tab and its badge read them (one cache). */
export const OWN_DELIVERABLES = { size: 100, sort: '-updatedAt' } as const;

/**
 * The day deadlines are judged against, as the committee keeps it (its time zone; the as-of day of a campaign being
 * entered after the fact). The home's answer puts it here; until then the device's own date stands in.
 */
export const COMMITTEE_TODAY = ['committee-today'] as const;

function useCommitteeToday(): string {
  const today = useQuery({ queryKey: COMMITTEE_TODAY, queryFn: () => dayjs().format('YYYY-MM-DD'), staleTime: Infinity });
  return today.data ?? dayjs().format('YYYY-MM-DD');
}

/** What the signed-in branch has to do in the running campaign; `groups` is undefined while loading. */
export function useBranchDue(enabled = true) {
  const live = useLiveCampaign(enabled);
  const campaign = enabled ? live.data?.items[0] : undefined;
  const campaignId = campaign?.id ?? 0;
  const phases = usePhases(campaign?.id);
  const types = useDeliverableTypes(campaign?.id);
  const mine = useDeliverables(campaignId, OWN_DELIVERABLES, campaignId > 0);
  const today = useCommitteeToday();
  const groups = useMemo<DueGroups | undefined>(
    () => (phases.data && types.data && mine.data ? dueGroups(phases.data, types.data, mine.data.items, today) : undefined),
    [phases.data, types.data, mine.data, today],
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
