import { useTranslation } from 'react-i18next';
import { DeliverableList } from './deliverable-list';
import { LeadingGroupCard } from './leading-group-card';
import { LiveCampaign } from './live-campaign';

/** A branch chair's campaign home: the live timeline with what is due, the branch's deliverables and leading group. */
export function BranchCampaignHome({
  branchId,
  deliverableHref,
}: {
  branchId: number;
  deliverableHref: (campaignId: number, id: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <LiveCampaign>
      {(campaignId) => (
        <>
          <DeliverableList
            campaignId={campaignId}
            query={{ branchId }}
            title={t('deliverables.mine')}
            emptyText={t('deliverables.mineEmpty')}
            detailHref={deliverableHref}
          />
          <LeadingGroupCard campaignId={campaignId} branchId={branchId} canEdit />
        </>
      )}
    </LiveCampaign>
  );
}
