import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useStandards } from '@/features/campaigns/api/get-standards';
import { useAssignments } from '../api/list-assignments';
import { useSelfAssessment, type SelfAssessment } from '../api/get-self-assessment';
import { useOwnScoresheet } from '../api/get-scoresheet';
import { SheetStatusTag } from './assigned-branches';
import { ScoringForm } from './scoring-form';

/** The branch's own scores per indicator, only once it has submitted them (a draft is never shown to an assessor). */
function submittedSelfPoints(self: SelfAssessment | null | undefined): Record<number, number> | undefined {
  if (self?.status !== 'SUBMITTED') return undefined;
  return Object.fromEntries(self.scores.map((s) => [s.indicatorId, s.points]));
}

/**
 * Loads the branch's assignment, the standards, the assessor's own scoresheet and the branch's submitted
 * self-assessment, then shows the form; `materials` (a button opening the branch's deliverables) sits by the title.
 */
export function ScoringPage({
  campaignId,
  branchId,
  backHref,
  materials,
}: {
  campaignId: number;
  branchId: number;
  backHref: string;
  materials?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const assignments = useAssignments(campaignId, branchId);
  const assignment = assignments.data?.[0];
  const standards = useStandards(campaignId);
  const sheet = useOwnScoresheet(campaignId, branchId, assignment?.assessorId);
  // Beside the scores only: when it cannot be read the sheet is still scored, without it.
  const self = useSelfAssessment(assignment ? campaignId : undefined, branchId);

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
        selfPoints={submittedSelfPoints(self.data)}
      />
    );

  return (
    <section aria-labelledby="scoresheet-title">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(backHref)} style={{ paddingLeft: 0 }}>
        {t('scoring.back')}
      </Button>
      <Flex align="center" justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} id="scoresheet-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {assignment?.branchName ?? t('scoring.sheetTitle')}
          </Typography.Title>
          {assignment && <SheetStatusTag status={sheet.data?.status} />}
        </Flex>
        {assignment && materials}
      </Flex>
      {body}
    </section>
  );
}
