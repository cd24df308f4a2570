import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useFeedbackReport } from '../api/get-feedback-report';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { FeedbackEditor } from './feedback-editor';
import { FeedbackView } from './feedback-view';

type Props = {
  id: number;
  /** Staff edit drafts; everyone else reads. */
  canEdit: boolean;
  ownBranchId?: number | null;
  backHref: (campaignId: number) => string;
  backLabel: string;
};

/** One branch's feedback report: staff edit and release the draft; the branch and leaders read the released report. */
export function FeedbackPage({ id, canEdit, ownBranchId, backHref, backLabel }: Props) {
  const { t } = useTranslation();
  const query = useFeedbackReport(id);
  const campaign = useCampaign(query.data?.campaignId);

  let body;
  if (query.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (query.isError) body = <ErrorState title={t('feedback.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  else if (canEdit && query.data.status === 'DRAFT') body = <FeedbackEditor key={query.data.version} report={query.data} />;
  else
    body = (
      <>
        {canEdit && <Alert type="info" showIcon title={t('feedback.isReleased')} style={{ marginBottom: 16 }} />}
        <FeedbackView
          report={query.data}
          campaignTitle={campaign.data?.title}
          ownBranch={ownBranchId != null && ownBranchId === query.data.branchId}
        />
      </>
    );

  return (
    <section aria-labelledby="feedback-title">
      <Link to={backHref(query.data?.campaignId ?? 0)} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden /> {backLabel}
      </Link>
      <Typography.Title level={1} id="feedback-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {query.data ? t('feedback.reportTitle', { name: query.data.branchName }) : t('feedback.title')}
      </Typography.Title>
      {body}
    </section>
  );
}
