import { LeadingGroupCard } from './leading-group-card';
import { LiveCampaign } from './live-campaign';

/** A branch chair's campaign home: the live timeline with what is due, then the branch's leading group. */
export function BranchCampaignHome({ branchId }: { branchId: number }) {
  return (
    <LiveCampaign>{(campaignId) => <LeadingGroupCard campaignId={campaignId} branchId={branchId} canEdit />}</LiveCampaign>
  );
}
