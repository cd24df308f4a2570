import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  InboxOutlined,
  MinusCircleOutlined,
  NotificationOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { RecommendationObjection, RecommendationRound, RecommendationStatus } from '../api/keys';

const LOOK = {
  SUBMITTED: { tone: 'warn', icon: <ClockCircleOutlined /> },
  RETURNED: { tone: 'bad', icon: <RollbackOutlined /> },
  ACCEPTED: { tone: 'ok', icon: <CheckCircleOutlined /> },
  REJECTED: { tone: 'bad', icon: <StopOutlined /> },
  COMMENDED: { tone: 'ok', icon: <TrophyOutlined /> },
  NOT_COMMENDED: { tone: 'off', icon: <MinusCircleOutlined /> },
} as const;

/** Where a recommendation stands, in words with an icon. */
export function RecommendationStatusTag({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <StatusTag tone={look.tone} icon={look.icon}>
      {t(`recommendations.status.${status}`)}
    </StatusTag>
  );
}

/** Where the level's round stands; closed at the top of the chain, it is decided. */
export function RoundStatusTag({ round }: { round: Pick<RecommendationRound, 'status' | 'top'> }) {
  const { t } = useTranslation();
  if (round.status === 'COLLECTING')
    return (
      <StatusTag tone="off" icon={<InboxOutlined />}>
        {t('recommendations.round.COLLECTING')}
      </StatusTag>
    );
  if (round.status === 'NOTICE')
    return (
      <StatusTag tone="warn" icon={<NotificationOutlined />}>
        {t('recommendations.round.NOTICE')}
      </StatusTag>
    );
  return round.top ? (
    <StatusTag tone="ok" icon={<SafetyCertificateOutlined />}>
      {t('recommendations.round.DECIDED')}
    </StatusTag>
  ) : (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('recommendations.round.CLOSED')}
    </StatusTag>
  );
}

export function ObjectionStatusTag({ objection }: { objection: Pick<RecommendationObjection, 'status' | 'upheld'> }) {
  const { t } = useTranslation();
  if (objection.status === 'OPEN')
    return (
      <StatusTag tone="bad" icon={<ExclamationCircleOutlined />}>
        {t('recommendations.objections.status.OPEN')}
      </StatusTag>
    );
  return (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('recommendations.objections.status.RESOLVED')}
      {objection.upheld && ` · ${t('recommendations.objections.upheld')}`}
    </StatusTag>
  );
}
