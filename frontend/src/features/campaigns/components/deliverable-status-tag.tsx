import { CheckCircleOutlined, EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '@/components/status-tag';
import type { DeliverableStatus } from '../api/get-deliverables';

const LOOK: Record<DeliverableStatus, { tone: Tone; icon: React.ReactNode }> = {
  DRAFT: { tone: 'off', icon: <EditOutlined /> },
  SUBMITTED: { tone: 'info', icon: <SendOutlined /> },
  RETURNED: { tone: 'bad', icon: <RollbackOutlined /> },
  ACCEPTED: { tone: 'ok', icon: <CheckCircleOutlined /> },
};

/** A deliverable's status in words with an icon. */
export function DeliverableStatusTag({ status, late }: { status?: DeliverableStatus; late?: boolean }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <>
      <StatusTag tone={LOOK[status].tone} icon={LOOK[status].icon}>
        {t(`deliverables.status.${status}`)}
      </StatusTag>
      {late && <StatusTag tone="warn">{t('deliverables.late')}</StatusTag>}
    </>
  );
}
