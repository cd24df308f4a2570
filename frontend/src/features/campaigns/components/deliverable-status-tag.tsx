import { CheckCircleOutlined, EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliverableStatus } from '../api/get-deliverables';

const LOOK: Record<DeliverableStatus, { icon: React.ReactNode; style: React.CSSProperties }> = {
  DRAFT: { icon: <EditOutlined aria-hidden />, style: { color: '#3d4650', background: '#eef0f3', borderColor: '#b8bec6' } },
  SUBMITTED: { icon: <SendOutlined aria-hidden />, style: { color: '#0b4a8f', background: '#e8f1fc', borderColor: '#8fb8e8' } },
  RETURNED: { icon: <RollbackOutlined aria-hidden />, style: { color: '#8a1c1c', background: '#fdecec', borderColor: '#e8a5a5' } },
  ACCEPTED: { icon: <CheckCircleOutlined aria-hidden />, style: { color: '#1d5c08', background: '#eef8e8', borderColor: '#9fcf86' } },
};

/** A deliverable's status in words with an icon. */
export function DeliverableStatusTag({ status, late }: { status?: DeliverableStatus; late?: boolean }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <>
      <Tag icon={LOOK[status].icon} style={LOOK[status].style}>
        {t(`deliverables.status.${status}`)}
      </Tag>
      {late && <Tag style={{ color: '#7a4a00', background: '#fff4e0', borderColor: '#e0b060' }}>{t('deliverables.late')}</Tag>}
    </>
  );
}
