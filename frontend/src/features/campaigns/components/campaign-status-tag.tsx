import { CheckCircleOutlined, EditOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '@/components/status-tag';
import type { CampaignStatus } from '../api/get-campaigns';

const LOOK: Record<CampaignStatus, { tone: Tone; icon: React.ReactNode }> = {
  DRAFT: { tone: 'off', icon: <EditOutlined /> },
  ACTIVE: { tone: 'info', icon: <PlayCircleOutlined /> },
  CLOSED: { tone: 'ok', icon: <CheckCircleOutlined /> },
};

/** The campaign's status in words with an icon, never by colour alone. */
export function CampaignStatusTag({ status }: { status: CampaignStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <StatusTag tone={LOOK[status].tone} icon={LOOK[status].icon}>
      {t(`campaigns.status.${status}`)}
    </StatusTag>
  );
}
