import { Card, Empty, Progress, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import type { Participant } from '@/features/campaigns/api/get-participants';
import { useAssessorLoad, type AssessorLoad } from '../api/list-assessor-load';

/** Every assessor with the branches assigned to them in the campaign and how many they have submitted. */
export function AssessorLoadCard({ campaignId, participants }: { campaignId: number; participants: Participant[] }) {
  const { t } = useTranslation();
  const load = useAssessorLoad(campaignId);
  const branchName = (id?: number) => participants.find((p) => p.branchId === id)?.branchName;

  let body;
  if (load.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (load.isError) body = <ErrorState title={t('assessment.loadFailed')} error={load.error} onRetry={() => void load.refetch()} />;
  else if (load.data.length === 0) body = <Empty description={t('assessment.load.empty')} />;
  else
    body = (
      <ScrollRegion label={t('assessment.load.title')}>
        <Table<AssessorLoad>
          size="small"
          rowKey="assessorId"
          dataSource={load.data}
          pagination={false}
          data-testid="assessor-load"
          columns={[
            {
              title: t('assessment.load.assessor'),
              key: 'assessor',
              render: (_, a) => (
                <>
                  <Typography.Text strong>{a.displayName}</Typography.Text>
                  <Typography.Text type="secondary"> {a.username}</Typography.Text>
                </>
              ),
            },
            {
              title: t('assessment.load.ownBranch'),
              dataIndex: 'ownBranchId',
              render: (id?: number) => (id ? (branchName(id) ?? String(id)) : t('common.none')),
            },
            { title: t('assessment.load.assigned'), dataIndex: 'assigned', align: 'right' },
            {
              title: t('assessment.load.submitted'),
              key: 'submitted',
              render: (_, a) => (
                <div style={{ minWidth: 120 }}>
                  <Typography.Text>{t('assessment.load.progress', { submitted: a.submitted, assigned: a.assigned })}</Typography.Text>
                  <Progress
                    percent={a.assigned ? Math.round((a.submitted / a.assigned) * 100) : 0}
                    showInfo={false}
                    size="small"
                    aria-hidden
                  />
                </div>
              ),
            },
          ]}
        />
      </ScrollRegion>
    );

  return (
    <Card size="small" title={<h2 style={{ fontSize: '1.05em', margin: 0 }}>{t('assessment.load.title')}</h2>}>
      {body}
    </Card>
  );
}
