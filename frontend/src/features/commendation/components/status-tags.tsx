import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  FlagOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { FeedbackReport, ListStatus, Objection } from '../api/keys';

const LIST_LOOK = {
  DRAFT: { tone: 'off', icon: <EditOutlined /> },
  NOTICE: { tone: 'warn', icon: <NotificationOutlined /> },
  APPROVED: { tone: 'ok', icon: <SafetyCertificateOutlined /> },
  PUBLISHED: { tone: 'ok', icon: <FlagOutlined /> },
} as const;

/** A list's stage in words with an icon. */
export function ListStatusTag({ status }: { status: ListStatus | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  const look = LIST_LOOK[status];
  return (
    <StatusTag tone={look.tone} icon={look.icon}>
      {t(`commendation.status.${status}`)}
    </StatusTag>
  );
}

export function ObjectionStatusTag({ status }: { status: Objection['status'] }) {
  const { t } = useTranslation();
  return status === 'OPEN' ? (
    <StatusTag tone="bad" icon={<ExclamationCircleOutlined />}>
      {t('commendation.objections.status.OPEN')}
    </StatusTag>
  ) : (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('commendation.objections.status.RESOLVED')}
    </StatusTag>
  );
}

export function FeedbackStatusTag({ status }: { status: FeedbackReport['status'] }) {
  const { t } = useTranslation();
  return status === 'DRAFT' ? (
    <StatusTag tone="off" icon={<ClockCircleOutlined />}>
      {t('feedback.status.DRAFT')}
    </StatusTag>
  ) : (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('feedback.status.RELEASED')}
    </StatusTag>
  );
}

/** Eligible or not, in words: an ineligible branch may be on the list (added by hand) and stays marked. */
export function EligibilityTag({ eligible }: { eligible: boolean | undefined }) {
  const { t } = useTranslation();
  return eligible ? (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('commendation.eligible')}
    </StatusTag>
  ) : (
    <StatusTag tone="bad" icon={<StopOutlined />}>
      {t('commendation.ineligible')}
    </StatusTag>
  );
}
