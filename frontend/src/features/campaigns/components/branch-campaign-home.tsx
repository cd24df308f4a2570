import type { ReactNode } from 'react';
import { LeadingGroupCard } from './leading-group-card';
import { LiveCampaign } from './live-campaign';

/**
 * Below what is due on a branch chair's home: the live campaign's timeline and the branch's leading group;
 * `extra` adds what other parts of the app offer in the same campaign (the self-assessment).
 */
export function BranchCampaignHome({ branchId, extra }: { branchId: number; extra?: (campaignId: number) => ReactNode }) {
  return (
    <LiveCampaign>
      {(campaignId) => (
        <>
          <div style={{ marginTop: 16 }}>{extra?.(campaignId)}</div>
          <LeadingGroupCard campaignId={campaignId} branchId={branchId} canEdit />
        </>
      )}
    </LiveCampaign>
  );
}
