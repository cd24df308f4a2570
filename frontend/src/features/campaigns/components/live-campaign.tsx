import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { Card, Empty, Skeleton } from '@/components/plain';
import { useLiveCampaign, type Campaign } from '../api/get-campaigns';
import { useDeliverableTypes } from '../api/get-deliverable-types';
import { usePhases } from '../api/get-phases';
import { PhaseTimeline } from './phase-timeline';

/**
 * The running campaign for a branch chair: its phases with the current one marked and what is due in each.
 * `children` receives the campaign id and the campaign (e.g. the branch's leading group).
 */
export function LiveCampaign({ children }: { children?: (campaignId: number, campaign: Campaign) => ReactNode }) {
  const { t } = useTranslation();
  const live = useLiveCampaign();
  const campaign = live.data?.items[0];
  const phases = usePhases(campaign?.id);
  const types = useDeliverableTypes(campaign?.id);

  if (live.isPending) return <Skeleton />;
  if (live.isError) return <ErrorState title={t('campaigns.live.loadFailed')} error={live.error} onRetry={() => void live.refetch()} />;
  if (!campaign) return <Empty description={t('campaigns.live.none')} />;
  let timeline;
  if (phases.isPending || types.isPending) timeline = <Skeleton />;
  else if (phases.isError || types.isError)
    timeline = (
      <ErrorState title={t('campaigns.live.loadFailed')} error={phases.error ?? types.error} onRetry={() => void phases.refetch()} />
    );
  else timeline = <PhaseTimeline phases={phases.data} types={types.data} />;

  return (
    <section aria-labelledby="live-campaign-title">
      <h2 id="live-campaign-title" style={{ fontSize: '1.2em', margin: '0 0 4px' }}>
        {t('campaigns.live.title')}
      </h2>
      <Card small style={{ marginBottom: 12 }}>
        <strong>{campaign.title}</strong>
      </Card>
      {timeline}
      {children?.(campaign.id, campaign)}
    </section>
  );
}
