import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { CampaignScope } from '@/features/campaigns/components/campaign-scope';
import { LateDeliverablesTile, PhaseProgressTile, ProgressFiguresTile } from '@/features/campaigns/components/progress-tiles';
import { RankingTopTile } from '@/features/scoring/components/ranking-tiles';
import { ScoringProgressTile } from '@/features/scoring/components/scoring-progress-tile';

/** Committee staff: the live campaign (or another one) — phases, what is late, scoring, and the top of the ranking. */
export function StaffDashboard() {
  const { t } = useTranslation();
  return (
    <CampaignScope prefer="live" label={t('dashboard.campaign')}>
      {(campaign) => {
        const id = campaign.id;
        return (
          <Flex vertical gap={16} key={id}>
            <ProgressFiguresTile campaign={campaign} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <PhaseProgressTile campaignId={id} boardHref={paths.progress.href(id)} />
              </Col>
              <Col xs={24} xl={10}>
                <LateDeliverablesTile
                  campaignId={id}
                  currentPhaseId={campaign.currentPhaseId}
                  boardHref={paths.progress.href(id)}
                  reviewHref={campaign.status === 'ACTIVE' ? paths.review.href() : undefined}
                />
              </Col>
              <Col xs={24} xl={10}>
                <ScoringProgressTile campaignId={id} />
              </Col>
              <Col xs={24} xl={14}>
                <RankingTopTile campaignId={id} rankingHref={paths.ranking.href(id)} />
              </Col>
            </Row>
          </Flex>
        );
      }}
    </CampaignScope>
  );
}

/** Leadership, read only and mostly on a phone: the campaign's progress, its key figures, and the published ranking. */
export function ViewerDashboard() {
  const { t } = useTranslation();
  return (
    <CampaignScope prefer="live" label={t('dashboard.campaign')}>
      {(campaign) => {
        const id = campaign.id;
        return (
          <Flex vertical gap={16} key={id}>
            <ProgressFiguresTile campaign={campaign} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <PhaseProgressTile campaignId={id} boardHref={paths.progress.href(id)} />
              </Col>
              <Col xs={24} xl={10}>
                <RankingTopTile campaignId={id} rankingHref={paths.ranking.href()} unpublished={campaign.resultsStatus !== 'PUBLISHED'} />
              </Col>
              <Col xs={24} xl={10}>
                <LateDeliverablesTile campaignId={id} currentPhaseId={campaign.currentPhaseId} boardHref={paths.progress.href(id)} />
              </Col>
            </Row>
          </Flex>
        );
      }}
    </CampaignScope>
  );
}
