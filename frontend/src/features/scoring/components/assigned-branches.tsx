import { CheckCircleOutlined, EditOutlined, MinusCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { StatusTag } from '@/components/status-tag';
import { useActiveCampaign } from '@/features/campaigns/api/get-campaigns';
import { useAssignments, type Assignment } from '../api/list-assignments';

export function SheetStatusTag({ status }: { status?: Assignment['scoresheetStatus'] | null }) {
  const { t } = useTranslation();
  if (status === 'SUBMITTED')
    return (
      <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
        {t('scoring.status.SUBMITTED')}
      </StatusTag>
    );
  if (status === 'DRAFT')
    return (
      <StatusTag tone="warn" icon={<EditOutlined />}>
        {t('scoring.status.DRAFT')}
      </StatusTag>
    );
  return (
    <StatusTag tone="off" icon={<MinusCircleOutlined />}>
      {t('scoring.status.NONE')}
    </StatusTag>
  );
}

/** The assessor's branches in the running campaign, each with the state of their scoresheet. */
export function AssignedBranches({ formHref }: { formHref: (campaignId: number, branchId: number) => string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const campaign = useActiveCampaign();
  const assignments = useAssignments(campaign.data?.id);
  const items = assignments.data ?? [];
  const done = items.filter((a) => a.scoresheetStatus === 'SUBMITTED').length;

  let body;
  if (campaign.isPending || (campaign.data && assignments.isPending)) body = <Skeleton active />;
  else if (campaign.isError || assignments.isError)
    body = (
      <ErrorState
        title={t('scoring.loadFailed')}
        error={campaign.error ?? assignments.error}
        onRetry={() => void (campaign.isError ? campaign.refetch() : assignments.refetch())}
      />
    );
  else if (!campaign.data) body = <Empty description={t('scoring.noCampaign')} />;
  else if (items.length === 0) body = <Empty description={t('scoring.noAssignments')} />;
  else
    body = (
      <Flex vertical gap={12}>
        {items.map((a) => (
          <Card key={a.id} size="small">
            <Flex justify="space-between" align="center" wrap gap={8}>
              <div>
                <Typography.Text strong>{a.branchName}</Typography.Text>
                <Typography.Text type="secondary"> （{a.branchCode}）</Typography.Text>
                <div style={{ marginTop: 4 }}>
                  <SheetStatusTag status={a.scoresheetStatus} />
                </div>
              </div>
              <Button
                type={a.scoresheetStatus === 'SUBMITTED' ? 'default' : 'primary'}
                onClick={() => void navigate(formHref(campaign.data?.id ?? 0, a.branchId))}
                aria-label={`${a.scoresheetStatus === 'SUBMITTED' ? t('scoring.view') : t('scoring.start')} ${a.branchName}`}
              >
                {a.scoresheetStatus === 'SUBMITTED' ? t('scoring.view') : t('scoring.start')} <RightOutlined aria-hidden />
              </Button>
            </Flex>
          </Card>
        ))}
      </Flex>
    );

  return (
    <section aria-labelledby="scoring-title">
      <Typography.Title level={1} id="scoring-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {t('scoring.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {campaign.data?.title}
        {items.length > 0 && <span data-testid="scoring-progress"> · {t('scoring.progress', { done, count: items.length })}</span>}
      </Typography.Paragraph>
      {body}
    </section>
  );
}
