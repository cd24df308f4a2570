import { TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/problem';
import type { Assignment } from '../api/list-assignments';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { useAllParticipants } from '@/features/campaigns/api/get-participants';
import { useAssessorLoad } from '../api/list-assessor-load';
import { useCampaignAssignments } from '../api/list-assignments';
import { AssessmentHeader } from './assessment-header';
import { AssessorLoadCard } from './assessor-load-card';
import { AssignModal } from './assign-modal';
import { AssignmentList } from './assignment-list';
import { branchRows, type BranchRow } from './assignment-rules';
import { RefusalAlert } from './refusal-alert';
import { useApp } from '@/components/antd-scope';

type Hrefs = { campaign: string; assignments: string; results: string };

/** Committee staff decide who scores which branch: single or bulk assignments, removal, and each assessor's load. */
export function AssignmentDesk({ campaignId, hrefs }: { campaignId: number; hrefs: Hrefs }) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const campaign = useCampaign(campaignId);
  const participants = useAllParticipants(campaignId);
  const assignments = useCampaignAssignments(campaignId);
  const load = useAssessorLoad(campaignId);
  const remove = useDeleteAssignment();
  const [selected, setSelected] = useState<number[]>([]);
  const [assigning, setAssigning] = useState<{ branches: BranchRow[]; bulk: boolean } | null>(null);
  const [refusal, setRefusal] = useState<{ error: unknown; items: string[] } | null>(null);

  const queries = [campaign, participants, assignments];
  const failed = queries.find((q) => q.isError);
  const rows = branchRows(participants.data ?? [], assignments.data ?? []);
  const canEdit = campaign.data?.resultsStatus === 'OPEN';

  const onRemove = (row: BranchRow, a: Assignment) => {
    const names = { assessor: a.assessorName, branch: row.branchName };
    modal.confirm({
      title: t('assessment.removeTitle'),
      content: t('assessment.removeConfirm', names),
      okText: t('assessment.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setRefusal(null);
        try {
          await remove.mutateAsync({ campaignId, id: a.id });
          void message.success(t('assessment.removed'));
        } catch (error) {
          const submitted = error instanceof ApiError && error.code === 'SCORESHEET_SUBMITTED';
          setRefusal({ error, items: submitted ? [t('assessment.removeSubmitted', names)] : [] });
        }
      },
    });
  };

  let body;
  if (queries.some((q) => q.isPending)) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (failed) body = <ErrorState title={t('assessment.loadFailed')} error={failed.error} onRetry={() => void failed.refetch()} />;
  else
    body = (
      <Flex vertical gap={16}>
        {!canEdit && <Alert type="info" showIcon title={t('assessment.closedHint')} />}
        {refusal && <RefusalAlert error={refusal.error} items={refusal.items} onClose={() => setRefusal(null)} />}
        <AssessorLoadCard campaignId={campaignId} participants={participants.data ?? []} />
        <section aria-labelledby="assignments-list-title">
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
            <Typography.Title level={2} id="assignments-list-title" style={{ fontSize: '1.15em', margin: 0 }}>
              {t('assessment.table.branch')}
            </Typography.Title>
            {canEdit && (
              <Flex align="center" gap={8} wrap>
                <Typography.Text type="secondary" role="status">
                  {selected.length ? t('assessment.table.selected', { count: selected.length }) : t('assessment.table.selectHint')}
                </Typography.Text>
                <Button
                  type="primary"
                  icon={<TeamOutlined aria-hidden />}
                  disabled={selected.length === 0 || !load.data}
                  onClick={() => setAssigning({ branches: rows.filter((r) => selected.includes(r.branchId)), bulk: true })}
                >
                  {t('assessment.bulkAssign')}
                </Button>
              </Flex>
            )}
          </Flex>
          <AssignmentList
            rows={rows}
            selected={selected}
            onSelect={setSelected}
            canEdit={canEdit}
            onAssign={(row) => setAssigning({ branches: [row], bulk: false })}
            onRemove={onRemove}
          />
        </section>
      </Flex>
    );

  return (
    <section aria-labelledby="assessment-title">
      <AssessmentHeader campaign={campaign.data} section="assignments" hrefs={hrefs} />
      {body}
      {assigning && (
        <AssignModal
          campaignId={campaignId}
          branches={assigning.branches}
          bulk={assigning.bulk}
          load={load.data ?? []}
          onClose={() => setAssigning(null)}
          onAssigned={() => assigning.bulk && setSelected([])}
        />
      )}
    </section>
  );
}
