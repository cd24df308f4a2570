import { CheckCircleOutlined, EditOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../api/get-campaigns';

const LOOK: Record<CampaignStatus, { color: string; background: string; borderColor: string }> = {
  DRAFT: { color: '#3d4650', background: '#eef0f3', borderColor: '#b8bec6' },
  ACTIVE: { color: '#0b4a8f', background: '#e8f1fc', borderColor: '#8fb8e8' },
  CLOSED: { color: '#1d5c08', background: '#eef8e8', borderColor: '#9fcf86' },
};

/** The campaign's status in words with an icon, never by colour alone. */
export function CampaignStatusTag({ status }: { status: CampaignStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const icon =
    status === 'ACTIVE' ? (
      <PlayCircleOutlined aria-hidden />
    ) : status === 'CLOSED' ? (
      <CheckCircleOutlined aria-hidden />
    ) : (
      <EditOutlined aria-hidden />
    );
  return (
    <Tag icon={icon} style={LOOK[status]}>
      {t(`campaigns.status.${status}`)}
    </Tag>
  );
}
