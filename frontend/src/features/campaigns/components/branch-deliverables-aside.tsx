import { ExportOutlined } from '@ant-design/icons';
import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useDeliverables } from '../api/deliverables';
import { DeliverableStatusTag } from './deliverable-status-tag';

/**
 * A branch's deliverables in a campaign, compact, for reading beside a form (the assessor's scoresheet):
 * each opens in a new window so nothing typed in the form is lost.
 */
export function BranchDeliverablesAside({
  campaignId,
  branchId,
  detailHref,
}: {
  campaignId: number;
  branchId: number;
  detailHref: (campaignId: number, id: number) => string;
}) {
  const { t } = useTranslation();
  const list = useDeliverables(campaignId, { branchId, size: 100, sort: 'type' });
  if (list.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (list.isError) return <ErrorState title={t('deliverables.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliverables.aside.empty')} />;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: '0.9em' }}>
        {t('deliverables.aside.hint')}
      </Typography.Paragraph>
      <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="branch-deliverables">
        {list.data.items.map((d) => (
          <li key={d.id} style={{ borderBottom: '1px solid #eef0f3', paddingBottom: 8 }}>
            <a
              href={detailHref(campaignId, d.id ?? 0)}
              target="_blank"
              rel="noopener noreferrer"
              style={{ display: 'flex', alignItems: 'center', gap: 6, minHeight: 44 }}
            >
              <strong>{d.title}</strong>
              <ExportOutlined aria-hidden />
              <span className="cx-visually-hidden">{t('deliverables.aside.newWindow')}</span>
            </a>
            <Flex wrap gap={4} align="center">
              <Typography.Text type="secondary">{d.typeName}</Typography.Text>
              <DeliverableStatusTag status={d.status} late={d.late} />
            </Flex>
          </li>
        ))}
      </Flex>
    </>
  );
}
