import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  EditOutlined,
  LockOutlined,
  NotificationOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { BranchResult, ResultsStatus } from '../api/list-results';
import { resultFlags } from './result-rules';

/** Where the campaign's results stand, in words with an icon. */
export function ResultsStatusTag({ status }: { status?: ResultsStatus }) {
  const { t } = useTranslation();
  if (status === 'PUBLISHED')
    return (
      <StatusTag tone="ok" icon={<NotificationOutlined />}>
        {t('assessment.resultsStatus.PUBLISHED')}
      </StatusTag>
    );
  if (status === 'FINALISED')
    return (
      <StatusTag tone="ok" icon={<LockOutlined />}>
        {t('assessment.resultsStatus.FINALISED')}
      </StatusTag>
    );
  return (
    <StatusTag tone="warn" icon={<EditOutlined />}>
      {t('assessment.resultsStatus.OPEN')}
    </StatusTag>
  );
}

/** A disagreement (still waiting for a consensus, or settled by one): an icon and words, never colour alone. */
export function ResultFlags({ row }: { row: Pick<BranchResult, 'disagreement' | 'consensus'> }) {
  const { t } = useTranslation();
  const flags = resultFlags(row);
  if (flags.length === 0) return <Typography.Text type="secondary">{t('resultsDesk.noFlag')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {flags.includes('disagreement') && (
        <span data-testid="flag-disagreement">
          <StatusTag tone={row.consensus ? 'off' : 'bad'} icon={<WarningOutlined />}>
            {t('resultsDesk.disagreement')}
          </StatusTag>
        </span>
      )}
      {flags.includes('consensus') && (
        <span data-testid="flag-consensus">
          <StatusTag tone="ok" icon={<TeamOutlined />}>
            {t('resultsDesk.consensus')}
          </StatusTag>
        </span>
      )}
    </Flex>
  );
}

/** Eligible, or not with the reasons (missing required accepted deliverables). */
export function EligibilityTag({ row }: { row: Pick<BranchResult, 'eligible' | 'ineligibleReasons'> }) {
  const { t } = useTranslation();
  if (row.eligible)
    return (
      <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
        {t('resultsDesk.eligible')}
      </StatusTag>
    );
  return (
    <div style={{ maxWidth: 240 }}>
      <StatusTag tone="bad" icon={<CloseCircleOutlined />}>
        {t('resultsDesk.ineligible')}
      </StatusTag>
      {row.ineligibleReasons.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.9em' }}>
          {t('resultsDesk.reasons', { reasons: row.ineligibleReasons.join('；') })}
        </Typography.Text>
      )}
    </div>
  );
}
