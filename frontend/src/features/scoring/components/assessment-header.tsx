import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { ResultsStatusTag } from './result-tags';

export type AssessmentSection = 'assignments' | 'results';

/** The top of the committee's assessment pages: back to the campaign, the title, and the two parts side by side. */
export function AssessmentHeader({
  campaign,
  section,
  hrefs,
  extra,
}: {
  campaign: Campaign | undefined;
  section: AssessmentSection;
  hrefs: { campaign: string; assignments: string; results: string };
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const title = section === 'assignments' ? t('assessment.assignmentsTitle') : t('assessment.resultsTitle');
  return (
    <header style={{ marginBottom: 12 }}>
      <Link to={hrefs.campaign} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden /> {t('assessment.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} id="assessment-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {title}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{campaign?.title}</Typography.Text>
            {campaign && <ResultsStatusTag status={campaign.resultsStatus} />}
          </Flex>
        </div>
        {extra}
      </Flex>
      <nav aria-label={t('assessment.sections')} className="cx-assessment-nav">
        {(['assignments', 'results'] as const).map((key) => (
          <Link key={key} to={hrefs[key]} aria-current={key === section ? 'page' : undefined}>
            {key === 'assignments' ? t('assessment.assignmentsTitle') : t('assessment.resultsTitle')}
          </Link>
        ))}
      </nav>
    </header>
  );
}
