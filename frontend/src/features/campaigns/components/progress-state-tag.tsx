import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { ProgressState } from '../api/progress';

const LOOK = {
  ACCEPTED: { tone: 'ok', icon: <CheckCircleOutlined /> },
  SUBMITTED: { tone: 'off', icon: <SendOutlined /> },
  RETURNED: { tone: 'bad', icon: <RollbackOutlined /> },
  DRAFT: { tone: 'off', icon: <EditOutlined /> },
  MISSING: { tone: 'bad', icon: <ExclamationCircleOutlined /> },
} as const;

/** A required deliverable's state on the board, in words with an icon. */
export function ProgressStateTag({ state }: { state: ProgressState }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={LOOK[state].tone} icon={LOOK[state].icon}>
      {t(`progress.state.${state}`)}
    </StatusTag>
  );
}

export function LateTag() {
  const { t } = useTranslation();
  return (
    <StatusTag tone="warn" icon={<ClockCircleOutlined />}>
      {t('deliverables.late')}
    </StatusTag>
  );
}
