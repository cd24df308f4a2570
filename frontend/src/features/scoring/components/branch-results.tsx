import { Card, Descriptions, Empty, Flex, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { usePublishedResult } from '../api/branch-result';

/** A branch after publishing: its total, rank and grade, each standard's score, and the assessors' comments. */
export function BranchResults({ branchId }: { branchId: number }) {
  const { t } = useTranslation();
  const query = usePublishedResult(branchId);

  let body;
  if (query.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (query.isError) body = <ErrorState title={t('results.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data) body = <Empty description={t('results.none')} />;
  else {
    const { campaign, detail, standards } = query.data;
    const result = detail.result;
    const reviews = detail.reviews;
    body = (
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{campaign.title}</Typography.Text>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('results.total')}>
              <strong data-testid="result-total">{result.total}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('results.rank')}>{result.rank ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('results.grade')}>{result.grade ?? t('common.none')}</Descriptions.Item>
          </Descriptions>
        </Card>
        {(result.standards ?? []).map((score) => {
          const standard = standards.find((s) => s.id === score.standardId);
          const percent = score.maxPoints ? Math.round((score.points / score.maxPoints) * 100) : 0;
          return (
            <Card key={score.standardId} size="small" title={score.name}>
              <Typography.Text strong>{t('results.standardScore', { points: score.points, max: score.maxPoints })}</Typography.Text>
              <Progress percent={percent} showInfo={false} aria-hidden />
              {(standard?.indicators ?? []).map((indicator) => (
                <div key={indicator.id} style={{ marginTop: 12 }}>
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {indicator.name}（{t('scoring.points', { points: indicator.maxPoints })}）
                  </Typography.Paragraph>
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {reviews.map((review) => {
                      const s = review.scores.find((x) => x.indicatorId === indicator.id);
                      return (
                        <li key={review.label}>
                          {review.label}：{s ? t('results.points', { points: s.points }) : t('common.none')}
                          {s?.comment ? `，${s.comment}` : ''}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </Card>
          );
        })}
      </Flex>
    );
  }

  return (
    <section aria-labelledby="results-title">
      <Typography.Title level={1} id="results-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('results.title')}
      </Typography.Title>
      {body}
    </section>
  );
}
