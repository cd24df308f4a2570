import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeliverableList } from './deliverable-list';
import { LeadingGroupCard } from './leading-group-card';
import { LiveCampaign } from './live-campaign';

/**
 * A branch chair's campaign home: the live timeline with what is due, the branch's deliverables and leading group;
 * `extra` adds what other parts of the app offer in the same campaign (the self-assessment).
 */
export function BranchCampaignHome({
  branchId,
  deliverableHref,
  extra,
}: {
  branchId: number;
  deliverableHref: (campaignId: number, id: number) => string;
  extra?: (campaignId: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <LiveCampaign>
      {(campaignId) => (
        <>
          {extra?.(campaignId)}
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
