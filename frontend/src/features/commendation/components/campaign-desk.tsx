import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DownloadButton } from '@/components/download-button';
import { ErrorState } from '@/components/error-state';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { hasFinalResults } from '../api/campaigns';
import { CampaignLists } from './campaign-lists';
import { ResultsStatusTag } from './commendation-campaigns';
import { FeedbackReports } from './feedback-reports';

type Hrefs = { back: string; list: (id: number) => string; report: (id: number) => string };

/** Staff's desk for one campaign: its commendation lists and its feedback reports, and the score sheet. */
export function CampaignDesk({ campaignId, hrefs }: { campaignId: number; hrefs: Hrefs }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const campaign = useCampaign(campaignId);
  const tab = params.get('tab') === 'feedback' ? 'feedback' : 'lists';

  if (campaign.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (campaign.isError)
    return <ErrorState title={t('commendation.loadFailed')} error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;

  return (
    <section aria-labelledby="desk-title">
      <Link to={hrefs.back} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden /> {t('commendation.deskTitle')}
      </Link>
      <Flex justify="space-between" align="flex-start" wrap gap={8} style={{ marginBottom: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} id="desk-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {c.title}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{c.year}</Typography.Text>
            <ResultsStatusTag status={c.resultsStatus} />
          </Flex>
        </div>
        {hasFinalResults(c) && (
          <DownloadButton path={`/api/v1/exports/campaigns/${campaignId}/score-sheet.xlsx`}>{t('commendation.scoreSheet')}</DownloadButton>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'lists' ? {} : { tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'lists', label: t('commendation.tabs.lists'), children: <CampaignLists campaign={c} listHref={hrefs.list} /> },
          { key: 'feedback', label: t('commendation.tabs.feedback'), children: <FeedbackReports campaign={c} reportHref={hrefs.report} /> },
        ]}
      />
    </section>
  );
}
