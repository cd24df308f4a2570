import { CheckCircleOutlined, EditOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { SelfAssessment } from '../api/get-self-assessment';
import { selfStatus } from './self-assessment-rules';

export function SelfStatusTag({ self }: { self: SelfAssessment | null | undefined }) {
  const { t } = useTranslation();
  const status = selfStatus(self);
  if (status === 'SUBMITTED')
    return (
      <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
        {t('selfAssessment.status.SUBMITTED')}
      </StatusTag>
    );
  if (status === 'DRAFT')
    return (
      <StatusTag tone="warn" icon={<EditOutlined />}>
        {t('selfAssessment.status.DRAFT')}
      </StatusTag>
    );
  return (
    <StatusTag tone="off" icon={<MinusCircleOutlined />}>
      {t('selfAssessment.status.NONE')}
    </StatusTag>
  );
}
