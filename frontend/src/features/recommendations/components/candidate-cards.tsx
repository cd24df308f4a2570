import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import type { Recommendation } from '../api/keys';

/**
 * What a list of recommendations shows before it has rows to show: a skeleton while it loads, the error with a retry,
 * or `empty` in words; null once there are rows.
 */
export function ListState({ query, empty }: { query: UseQueryResult<{ items: Recommendation[] }>; empty: string }): ReactNode {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (query.isError) return <ErrorState title={t('recommendations.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return null;
}

/** Recommendations as cards on a phone: the candidate's name, then `line` under it, then what `body` adds. */
export function CandidateCards({
  items,
  label,
  testId,
  line,
  body,
}: {
  items: Recommendation[];
  label: string;
  testId: string;
  line: (r: Recommendation) => ReactNode;
  body: (r: Recommendation) => ReactNode;
}) {
  return (
    <Flex vertical gap={8} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((r) => (
        <li key={r.id} data-testid={testId}>
          <Card size="small">
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {r.candidateName}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: '2px 0 4px' }}>
              {line(r)}
            </Typography.Paragraph>
            {body(r)}
          </Card>
        </li>
      ))}
    </Flex>
  );
}
