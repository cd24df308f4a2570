import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useAssignments, useStandards } from '../api/assignments';
import { useOwnScoresheet } from '../api/scoresheets';
import { SheetStatusTag } from './assigned-branches';
import { ScoringForm } from './scoring-form';

/** Loads the branch's assignment, the standards and the assessor's own scoresheet, then shows the form. */
export function ScoringPage({ campaignId, branchId, backHref }: { campaignId: number; branchId: number; backHref: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const assignments = useAssignments(campaignId, branchId);
  const assignment = assignments.data?.[0];
  const standards = useStandards(campaignId);
  const sheet = useOwnScoresheet(campaignId, branchId, assignment?.assessorId);

  let body;
  if (assignments.isPending || standards.isPending || (assignment && sheet.isPending)) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (assignments.isError || standards.isError || sheet.isError)
    body = <ErrorState title={t('scoring.loadFailed')} error={assignments.error ?? standards.error ?? sheet.error} />;
  else if (!assignment) body = <Result status="404" title={t('scoring.notAssigned')} />;
  else
    body = (
      <ScoringForm
        key={`${sheet.data?.id ?? 0}-${sheet.data?.status ?? ''}`}
        campaignId={campaignId}
        branchId={branchId}
        standards={standards.data}
        sheet={sheet.data ?? null}
      />
    );

  return (
    <section aria-labelledby="scoresheet-title">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(backHref)} style={{ paddingLeft: 0 }}>
        {t('scoring.back')}
      </Button>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={1} id="scoresheet-title" style={{ fontSize: '1.5em', margin: 0 }}>
          {assignment?.branchName ?? t('scoring.sheetTitle')}
        </Typography.Title>
        {assignment && <SheetStatusTag status={sheet.data?.status} />}
      </Flex>
      {body}
    </section>
  );
}
