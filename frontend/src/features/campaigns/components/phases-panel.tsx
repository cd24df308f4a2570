import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { useDeletePhase } from '../api/delete-phase';
import { usePhases, type Phase } from '../api/get-phases';
import { PhaseDatesModal } from './phase-dates-modal';
import { PhaseDrawer } from './phase-drawer';
import { PhaseTimeline } from './phase-timeline';

/** The phases in order; staff add one, change a phase's dates, or delete a phase that has no deliverable types. */
export function PhasesPanel({ campaignId, canEdit }: { campaignId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const phases = usePhases(campaignId);
  const remove = useDeletePhase(campaignId);
  const { confirmDelete, alert } = useConfirmDelete();
  const [editing, setEditing] = useState<Phase | null>(null);
  const [adding, setAdding] = useState(false);
  if (phases.isPending) return <Skeleton active />;
  if (phases.isError) return <ErrorState title={t('campaigns.loadFailed')} error={phases.error} onRetry={() => void phases.refetch()} />;
  const nextSeq = Math.max(0, ...phases.data.map((p) => p.seq)) + 1;
  const onDelete = (phase: Phase) =>
    confirmDelete({
      title: t('campaigns.phase.deleteTitle'),
      content: t('campaigns.phase.deleteConfirm', { name: phase.name }),
      run: () => remove.mutateAsync(phase.id),
      done: t('campaigns.phase.deleted'),
    });
  return (
    <Flex vertical gap={12}>
      {alert}
      {canEdit && (
        <div>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('campaigns.phase.add')}
          </Button>
        </div>
      )}
      <PhaseTimeline phases={phases.data} onEdit={canEdit ? setEditing : undefined} onDelete={canEdit ? onDelete : undefined} />
      {editing && <PhaseDatesModal campaignId={campaignId} phase={editing} onClose={() => setEditing(null)} />}
      {adding && <PhaseDrawer campaignId={campaignId} nextSeq={nextSeq} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
