import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useOwnFeedback } from '../api/get-own-feedback';
import { formatMoment, formatScore } from './format';
import { LinkButton } from './link-button';

/** A branch chair's released feedback reports, newest campaign first. */
export function MyFeedback({ reportHref }: { reportHref: (id: number) => string }) {
  const { t } = useTranslation();
  const query = useOwnFeedback();

  let body;
  if (query.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (query.isError) body = <ErrorState title={t('feedback.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.length === 0) body = <Empty description={t('feedback.mineEmpty')} />;
  else
    body = (
      <Flex vertical gap={12}>
        {query.data.map(({ campaign, report }) => (
          <Card
            key={report.id}
            size="small"
            title={<h2 style={{ fontSize: '1.05em', margin: 0, whiteSpace: 'normal' }}>{campaign.title}</h2>}
          >
            <Flex justify="space-between" align="center" gap={8} wrap>
              <div>
                <Typography.Text strong>
                  {t('commendation.points', { points: formatScore(report.total) })} · {t('commendation.rank', { rank: report.rank })} ·{' '}
                  {report.gradeName}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">{t('feedback.releasedOn', { date: formatMoment(report.releasedAt) })}</Typography.Text>
                </div>
              </div>
              <LinkButton to={reportHref(report.id)} label={`${t('feedback.open')} ${campaign.title}`}>
                {t('feedback.open')}
              </LinkButton>
            </Flex>
          </Card>
        ))}
      </Flex>
    );

  return (
    <section aria-labelledby="my-feedback-title">
      <Typography.Title level={1} id="my-feedback-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('feedback.mine')}
      </Typography.Title>
      {body}
    </section>
  );
}
