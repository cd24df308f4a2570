import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Flex, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useAssignments, useStandards } from '../api/assignments';
import { useOwnScoresheet } from '../api/scoresheets';
import { SheetStatusTag } from './assigned-branches';
import { ScoringForm } from './scoring-form';

/**
 * Loads the branch's assignment, the standards and the assessor's own scoresheet, then shows the form;
 * `aside` (the branch's deliverables) sits beside it on a desk and folds above it on a phone.
 */
export function ScoringPage({
  campaignId,
  branchId,
  backHref,
  aside,
}: {
  campaignId: number;
  branchId: number;
  backHref: string;
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useIsPhone();
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
      {aside && assignment && phone && (
        <Collapse
          style={{ marginBottom: 12 }}
          items={[{ key: 'deliverables', label: t('scoring.deliverables'), children: aside }]}
          data-testid="deliverables-section"
        />
      )}
      {aside && assignment && !phone ? (
        <div className="cx-with-aside">
          <div>{body}</div>
          <aside aria-labelledby="aside-title">
            <Card size="small" title={<h2 id="aside-title" style={{ fontSize: '1.05em', margin: 0 }}>{t('scoring.deliverables')}</h2>}>
              {aside}
            </Card>
          </aside>
        </div>
      ) : (
        body
      )}
    </section>
  );
}
