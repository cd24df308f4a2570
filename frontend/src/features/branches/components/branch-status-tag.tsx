import { CheckCircleOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { BranchStatus } from '../api/get-branches';

/** Status in words with an icon, never by colour alone; dark text keeps 4.5:1 contrast. */
export function BranchStatusTag({ status }: { status: BranchStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const active = status === 'ACTIVE';
  return (
    <StatusTag tone={active ? 'ok' : 'off'} icon={active ? <CheckCircleOutlined /> : <InboxOutlined />}>
      {t(`branches.status.${status}`)}
    </StatusTag>
  );
}
