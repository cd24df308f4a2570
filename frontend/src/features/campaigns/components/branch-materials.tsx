import { ArrowLeftOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useDeliverables } from '../api/get-deliverables';
import { DeliverableDetail } from './deliverable-detail';
import { DeliverableStatusTag } from './deliverable-status-tag';

function MaterialsList({ campaignId, branchId, onOpen }: { campaignId: number; branchId: number; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const list = useDeliverables(campaignId, { branchId, size: 100, sort: 'type' });
  if (list.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (list.isError) return <ErrorState title={t('deliverables.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliverables.branchMaterials.empty')} />;
  return (
    <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="branch-deliverables">
      {list.data.items.map((d) => (
        <li key={d.id} style={{ borderBottom: '1px solid #eef0f3', paddingBottom: 8 }}>
          <Button
            type="link"
            onClick={() => onOpen(d.id)}
            style={{ padding: 0, height: 'auto', minHeight: 44, whiteSpace: 'normal', textAlign: 'start', fontWeight: 600 }}
          >
            {d.title}
          </Button>
          <Flex wrap gap={4} align="center">
            <Typography.Text type="secondary">{d.typeName}</Typography.Text>
            <DeliverableStatusTag status={d.status} late={d.late} />
          </Flex>
        </li>
      ))}
    </Flex>
  );
}

/**
 * A branch's deliverables in a campaign, for reading while scoring it: a button opens them in a drawer over the
 * scoresheet (the whole screen on a phone), and each opens inside it, so nothing typed in the form is left behind.
 */
export function BranchMaterials({ campaignId, branchId }: { campaignId: number; branchId: number }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const close = () => {
    setOpen(false);
    setShown(null);
  };
  return (
    <>
      <Button icon={<FolderOpenOutlined />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('deliverables.materials')}
      </Button>
      <Drawer
        open={open}
        onClose={close}
        title={t('deliverables.branchMaterials.title')}
        placement={phone ? 'bottom' : 'right'}
        styles={phone ? { wrapper: { height: '100%' } } : { wrapper: { width: 720, maxWidth: '100vw' } }}
        destroyOnHidden
      >
        {shown === null ? (
          <MaterialsList campaignId={campaignId} branchId={branchId} onOpen={setShown} />
        ) : (
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => setShown(null)} style={{ marginBottom: 12 }}>
              {t('deliverables.branchMaterials.back')}
            </Button>
            <DeliverableDetail campaignId={campaignId} id={shown} canEdit={false} canReview={false} headingLevel={2} />
          </>
        )}
      </Drawer>
    </>
  );
}
