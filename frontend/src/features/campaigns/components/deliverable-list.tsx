import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useDeliverables, type DeliverableListParams } from '../api/get-deliverables';
import { DeliverableStatusTag } from './deliverable-status-tag';
import { formatDate } from './format';

/** Deliverables as tappable cards: a branch's own, or the committee's review queue. */
export function DeliverableList({
  campaignId,
  query,
  title,
  emptyText,
  detailHref,
}: {
  campaignId: number;
  query: DeliverableListParams;
  title: string;
  emptyText: string;
  detailHref: (campaignId: number, id: number) => string;
}) {
  const { t } = useTranslation();
  const list = useDeliverables(campaignId, { size: 50, sort: '-updatedAt', ...query });
  let body;
  if (list.isPending) body = <Skeleton active />;
  else if (list.isError) body = <ErrorState title={t('deliverables.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0) body = <Empty description={emptyText} />;
  else
    body = (
      <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data.items.map((d) => (
          <li key={d.id} data-testid="deliverable-item">
            <Card size="small">
              <Link to={detailHref(campaignId, d.id)} style={{ display: 'block', minHeight: 44, fontSize: '1.05em' }}>
                <strong>{d.title}</strong>
              </Link>
              <Flex wrap gap={8} align="center">
                <DeliverableStatusTag status={d.status} late={d.late} />
                <Typography.Text type="secondary">
                  {d.typeName} · {d.branchName}
                  {d.submittedAt ? ` · ${t('deliverables.submittedAt', { date: formatDate(d.submittedAt) })}` : ''}
                </Typography.Text>
              </Flex>
            </Card>
          </li>
        ))}
      </Flex>
    );
  return (
    <section aria-label={title} style={{ marginTop: 16 }}>
      <Typography.Title level={2} style={{ fontSize: '1.2em' }}>
        {title}
      </Typography.Title>
      {body}
    </section>
  );
}
