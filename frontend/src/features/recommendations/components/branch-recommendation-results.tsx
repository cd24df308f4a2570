import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { useRecommendations } from '../api/get-recommendations';
import { RecommendationStatusTag } from './status-tags';

/** A branch's own recommendations from its campaign: the API answers only those decided, a few at most. */
const OWN_RESULTS = { size: 20, sort: 'id' } as const;

/**
 * On a branch chair's campaign home and beside its certificate on the commendation list: how its recommendations up
 * the chain were decided (推荐表彰结果), with the
 * decision's document number and date. Nothing shows while there is none; `enabled` is false when the campaign adopts
 * none above (nothing could have been recommended), and then nothing is asked either.
 */
export function BranchRecommendationResults({ campaignId, enabled }: { campaignId: number; enabled: boolean }) {
  const { t } = useTranslation();
  const results = useRecommendations(campaignId, OWN_RESULTS, { enabled });
  const items = results.data?.items ?? [];
  if (!enabled || items.length === 0) return null;
  return (
    <section aria-labelledby="recommendation-results-title" style={{ marginTop: 16 }}>
      <Typography.Title level={2} id="recommendation-results-title" style={{ fontSize: '1.2em' }}>
        {t('recommendations.branchCard.title')}
      </Typography.Title>
      <Card size="small" data-testid="recommendation-results">
        <Flex
          vertical
          gap={12}
          component="ul"
          aria-label={t('recommendations.branchCard.listLabel')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((r) => (
            <li key={r.id} data-testid="recommendation-result">
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{t(`recommendations.title.${r.title}`)}</Typography.Text>
                <RecommendationStatusTag status={r.status} />
              </Flex>
              <Typography.Text type="secondary">
                {r.candidateName}
                {r.decisionNumber &&
                  ` · ${t('recommendations.branchCard.decision', { number: r.decisionNumber, date: formatDate(r.decisionDate) })}`}
              </Typography.Text>
            </li>
          ))}
        </Flex>
      </Card>
    </section>
  );
}
