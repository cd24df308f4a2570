import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import type { FeedbackReport } from '../api/keys';
import { FeedbackSections } from './feedback-sections';
import { formatMoment, formatScore } from './format';
import { OwnCertificate } from './own-certificate';
import { FeedbackStatusTag } from './status-tags';

/** A feedback report to read (a branch its own, leaders and staff any released one), with its PDF. */
export function FeedbackView({ report, campaignTitle, ownBranch }: { report: FeedbackReport; campaignTitle?: string; ownBranch: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      {campaignTitle && <Typography.Text type="secondary">{campaignTitle}</Typography.Text>}
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('feedback.total')}>
            <strong data-testid="feedback-total">{formatScore(report.total)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('feedback.rank')}>{report.rank}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.grade')}>{report.gradeName}</Descriptions.Item>
          <Descriptions.Item label={t('commendation.col.status')}>
            <Flex gap={8} wrap align="center">
              <FeedbackStatusTag status={report.status} />
              {report.releasedAt && <span>{t('feedback.releasedOn', { date: formatMoment(report.releasedAt) })}</span>}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
        {report.summary && (
          <>
            <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
              {t('feedback.summary')}
            </Typography.Text>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{report.summary}</Typography.Paragraph>
          </>
        )}
      </Card>
      <Flex vertical gap={8}>
        <DownloadButton path={`/api/v1/exports/feedback-reports/${report.id}.pdf`} block>
          {t('feedback.download')}
        </DownloadButton>
        {ownBranch && report.status === 'RELEASED' && <OwnCertificate campaignId={report.campaignId} branchId={report.branchId} />}
      </Flex>
      <FeedbackSections report={report} />
    </Flex>
  );
}
