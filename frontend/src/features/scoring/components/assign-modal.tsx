import { Alert, Form, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldMessage } from '@/lib/problem';
import { useBulkAssign } from '../api/bulk-assign';
import { useCreateAssignment } from '../api/create-assignment';
import type { AssessorLoad } from '../api/list-assessor-load';
import { assessorLabel, ownBranchPairs, refusedItems, type BranchRow } from './assignment-rules';
import { RefusalAlert } from './refusal-alert';
import { useApp } from '@/components/antd-scope';

type Values = { assessorIds?: number[] | number };

/** Assigns assessors: one to one branch, or several to every selected branch at once (all or nothing). */
export function AssignModal({
  campaignId,
  branches,
  bulk,
  load,
  onClose,
  onAssigned,
}: {
  campaignId: number;
  branches: BranchRow[];
  bulk: boolean;
  load: AssessorLoad[];
  onClose: () => void;
  onAssigned?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('assessorIds', form);
  const assessorIds = chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen];
  const single = useCreateAssignment();
  const many = useBulkAssign();
  const [refusal, setRefusal] = useState<{ error: unknown; items: string[] } | null>(null);
  const branchIds = branches.map((b) => b.branchId);
  const nameOfBranch = (id?: number) => branches.find((b) => b.branchId === id)?.branchName ?? String(id ?? '');
  const nameOfAssessor = (id?: number) => {
    const a = load.find((x) => x.assessorId === id);
    return a ? assessorLabel(a) : String(id ?? '');
  };
  const alreadyHere = new Set(branches.length === 1 ? branches[0]!.assignments.map((a) => a.assessorId) : []);
  const own = ownBranchPairs(branchIds, assessorIds, load);

  const onFinish = async () => {
    setRefusal(null);
    try {
      if (bulk) {
        const result = await many.mutateAsync({ campaignId, branchIds, assessorIds });
        void message.success(t('assessment.bulkDone', { created: result.created, already: result.alreadyAssigned }));
      } else {
        const created = await single.mutateAsync({ campaignId, branchId: branchIds[0] ?? 0, assessorId: assessorIds[0] ?? 0 });
        void message.success(t('assessment.assigned', { assessor: created.assessorName, branch: created.branchName }));
      }
      onAssigned?.();
      onClose();
    } catch (error) {
      const items =
        error instanceof ApiError
          ? refusedItems(error.problem, { branchIds, assessorIds }).map((item) =>
              item.conflict && item.branchId !== undefined && item.assessorId !== undefined
                ? t('assessment.refusedPair', { assessor: nameOfAssessor(item.assessorId), branch: nameOfBranch(item.branchId) })
                : t('assessment.refusedItem', {
                    name: item.branchId !== undefined ? nameOfBranch(item.branchId) : nameOfAssessor(item.assessorId),
                    message: fieldMessage(item, t),
                  }),
            )
          : [];
      setRefusal({ error, items });
    }
  };

  const title = bulk ? t('assessment.bulkTitle', { count: branches.length }) : t('assessment.assignTo', { name: branches[0]?.branchName });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('assessment.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={single.isPending || many.isPending}
      destroyOnHidden
    >
      {refusal && <RefusalAlert error={refusal.error} items={refusal.items} />}
      {bulk && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('assessment.branches')}：</Typography.Text>
          {branches.map((b) => (
            <Tag key={b.branchId} style={{ marginTop: 4 }}>
              {b.branchName}
            </Tag>
          ))}
        </div>
      )}
      <Form<Values> form={form} layout="vertical" onFinish={() => void onFinish()} requiredMark={false}>
        <Form.Item
          name="assessorIds"
          label={bulk ? t('assessment.assessors') : t('assessment.assessor')}
          rules={[{ required: true, message: t('assessment.pickAssessor') }]}
        >
          <Select
            mode={bulk ? 'multiple' : undefined}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('assessment.pickAssessor')}
            options={load.map((a) => {
              const notes = [t('assessment.optionLoad', { assigned: a.assigned })];
              if (a.ownBranchId != null && branchIds.includes(a.ownBranchId)) notes.push(t('assessment.optionOwn'));
              if (alreadyHere.has(a.assessorId)) notes.push(t('assessment.optionAssigned'));
              return {
                value: a.assessorId,
                label: `${assessorLabel(a)} · ${notes.join(' · ')}`,
                disabled: alreadyHere.has(a.assessorId),
              };
            })}
          />
        </Form.Item>
      </Form>
      {own.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('assessment.ownWarning')}
          description={own
            .map((p) => t('assessment.pair', { assessor: nameOfAssessor(p.assessorId), branch: nameOfBranch(p.branchId) }))
            .join(t('assessment.listJoin'))}
        />
      )}
    </Modal>
  );
}
