import type { ReactNode } from 'react';
import type { Campaign } from '../api/get-campaigns';
import { LeadingGroupCard } from './leading-group-card';
import { LiveCampaign } from './live-campaign';

/**
 * Below what is due on a branch chair's home: the live campaign's timeline and the branch's leading group;
 * `extra` adds what other parts of the app offer in the same campaign (the self-assessment, the results of its
 * recommendations up the chain), given the campaign as the home brought it.
 */
export function BranchCampaignHome({
  branchId,
  extra,
}: {
  branchId: number;
  extra?: (campaignId: number, campaign: Campaign) => ReactNode;
}) {
  return (
    <LiveCampaign>
      {(campaignId, campaign) => (
        <>
          <div style={{ marginTop: 16 }}>{extra?.(campaignId, campaign)}</div>
          <LeadingGroupCard campaignId={campaignId} branchId={branchId} canEdit />
        </>
      )}
    </LiveCampaign>
  );
}
