import { ArrowLeftOutlined } from '@ant-design/icons';
import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useActiveCampaign } from '@/features/campaigns/api/get-campaigns';
import { useStandards } from '@/features/campaigns/api/get-standards';
import { useSelfAssessment } from '../api/get-self-assessment';
import { SelfStatusTag } from './self-status-tag';
import { SelfAssessmentForm } from './self-assessment-form';

function Loaded({ campaignId, branchId }: { campaignId: number; branchId: number }) {
  const { t } = useTranslation();
  const standards = useStandards(campaignId);
  const self = useSelfAssessment(campaignId, branchId);
  if (standards.isPending || self.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (standards.isError || self.isError)
    return (
      <ErrorState
        title={t('selfAssessment.loadFailed')}
        error={standards.error ?? self.error}
        onRetry={() => void Promise.all([standards.refetch(), self.refetch()])}
      />
    );
  return (
    <>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <SelfStatusTag self={self.data} />
      </Flex>
      {self.data?.status !== 'SUBMITTED' && <Typography.Paragraph>{t('selfAssessment.intro')}</Typography.Paragraph>}
      <SelfAssessmentForm
        key={`${self.data?.id ?? 0}-${self.data?.status ?? ''}`}
        campaignId={campaignId}
        branchId={branchId}
        standards={standards.data}
        current={self.data}
      />
    </>
  );
}

/** The branch chair's self-assessment in the running campaign. */
export function SelfAssessmentPage({ branchId, backHref }: { branchId: number; backHref: string }) {
  const { t } = useTranslation();
  const campaign = useActiveCampaign();
  let body;
  if (campaign.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (campaign.isError)
    body = <ErrorState title={t('selfAssessment.loadFailed')} error={campaign.error} onRetry={() => void campaign.refetch()} />;
  else if (!campaign.data?.id) body = <Empty description={t('selfAssessment.noCampaign')} />;
  else body = <Loaded campaignId={campaign.data.id} branchId={branchId} />;

  return (
    <section aria-labelledby="self-title">
      <Link to={backHref} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden /> {t('selfAssessment.back')}
      </Link>
      <Typography.Title level={1} id="self-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {t('selfAssessment.title')}
      </Typography.Title>
      {campaign.data?.title && <Typography.Paragraph type="secondary">{campaign.data.title}</Typography.Paragraph>}
      {body}
    </section>
  );
}
