import { CheckCircleOutlined, InboxOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BranchStatus } from '../api/get-branches';

/** Status in words with an icon, never by colour alone; dark text keeps 4.5:1 contrast. */
export function BranchStatusTag({ status }: { status: BranchStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const active = status === 'ACTIVE';
  return (
    <Tag
      icon={active ? <CheckCircleOutlined aria-hidden /> : <InboxOutlined aria-hidden />}
      style={{
        color: active ? '#1d5c08' : '#3d4650',
        background: active ? '#eef8e8' : '#eef0f3',
        borderColor: active ? '#9fcf86' : '#b8bec6',
      }}
    >
      {t(`branches.status.${status}`)}
    </Tag>
  );
}
