import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { RecommendationRound, RecommendationStatus } from '../api/keys';
import { RoundStatusTag } from './status-tags';

type Count = 'submitted' | 'returned' | 'accepted' | 'rejected' | 'commended' | 'notCommended';

const COUNTS: [RecommendationStatus, Count][] = [
  ['SUBMITTED', 'submitted'],
  ['RETURNED', 'returned'],
  ['ACCEPTED', 'accepted'],
  ['REJECTED', 'rejected'],
  ['COMMENDED', 'commended'],
  ['NOT_COMMENDED', 'notCommended'],
];

/**
 * Where the level's round stands and what it received, by status; at the top of the chain, once decided, the
 * decision itself (表彰决定): its document number and date, first.
 */
export function RoundSummary({ round, showCounts }: { round: RecommendationRound; showCounts: boolean }) {
  const { t } = useTranslation();
  const counts = COUNTS.map(([status, key]) => ({ status, count: round[key] }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <Flex vertical gap={12} data-testid="round-summary">
      {round.top && round.status === 'CLOSED' && round.decisionNumber && (
        <Card
          size="small"
          style={{ borderColor: '#9fcf86', background: '#f6fbf3' }}
          title={
            <h2 style={{ fontSize: '1.1em', margin: 0 }}>
              <SafetyCertificateOutlined aria-hidden /> {t('recommendations.summary.decision')}
            </h2>
          }
          data-testid="decision"
        >
          <Flex wrap gap={24}>
            <div>
              <Typography.Text type="secondary">{t('recommendations.summary.decisionNumber')}</Typography.Text>
              <div style={{ fontSize: '1.4em', fontWeight: 600, overflowWrap: 'anywhere' }} data-testid="decision-number">
                {round.decisionNumber}
              </div>
            </div>
            <div>
              <Typography.Text type="secondary">{t('recommendations.summary.decisionDate')}</Typography.Text>
              <div style={{ fontSize: '1.4em', fontWeight: 600 }} data-testid="decision-date">
                {formatDate(round.decisionDate)}
              </div>
            </div>
          </Flex>
        </Card>
      )}
      <Flex wrap gap={8} align="center">
        <span data-testid="round-status">
          <RoundStatusTag round={round} />
        </span>
        {showCounts && (
          <Typography.Text strong data-testid="round-received">
            {t('recommendations.summary.received', { count: total })}
          </Typography.Text>
        )}
      </Flex>
      {showCounts && total > 0 && (
        <Flex
          wrap
          gap={16}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t('recommendations.summary.heading')}
        >
          {counts.map(({ status, count }) => (
            <li key={status} data-testid={`round-count-${status}`}>
              <Typography.Text type={count > 0 ? undefined : 'secondary'}>
                {t('recommendations.summary.count', { label: t(`recommendations.status.${status}`), count })}
              </Typography.Text>
            </li>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
