import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import { useAddToShortlist } from '../api/add-to-shortlist';
import { useRanking } from '../api/campaigns';
import type { CommendationList, ListEntry } from '../api/keys';
import { useRemoveFromShortlist } from '../api/remove-from-shortlist';
import { useApp } from '@/components/antd-scope';

type Values = { branchId?: number; reason: string };

/**
 * Adds a branch to the shortlist or takes one off, always with a reason (it goes into the adjustment history).
 * An ineligible branch may be added; it stays marked as such.
 */
export function AdjustModal({ list, removing, onClose }: { list: CommendationList; removing?: ListEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const ranking = useRanking(list.campaignId, !removing);
  const add = useAddToShortlist();
  const remove = useRemoveFromShortlist();
  const { save, alert } = useSaveForm(form);
  const chosen = Form.useWatch('branchId', form);
  const onList = new Set(list.entries.map((e) => e.branchId));
  const candidates = (ranking.data ?? []).filter((r) => !onList.has(r.branchId));
  const chosenIneligible = candidates.find((r) => r.branchId === chosen)?.eligible === false;

  const onFinish = (v: Values) => {
    const branchId = removing?.branchId ?? v.branchId ?? 0;
    const body = { listId: list.id, branchId, reason: v.reason.trim(), version: list.version };
    return save(async () => {
      if (removing) {
        await remove.mutateAsync(body);
        void message.success(t('commendation.adjust.removed', { name: removing.branchName }));
      } else {
        await add.mutateAsync(body);
        const name = candidates.find((r) => r.branchId === branchId)?.branchName;
        void message.success(t('commendation.adjust.added', { name }));
      }
      onClose();
    });
  };

  return (
    <FormModal
      title={removing ? t('commendation.adjust.removeTitle', { name: removing.branchName }) : t('commendation.adjust.addTitle')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={add.isPending || remove.isPending}
      saveText={removing ? t('commendation.adjust.remove') : t('commendation.adjust.add')}
      danger={Boolean(removing)}
      {...alert}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ reason: '' }}>
        {!removing && (
          <Form.Item
            name="branchId"
            label={t('commendation.adjust.branch')}
            rules={[{ required: true, message: t('errors.validation.required') }]}
            extra={chosenIneligible ? t('commendation.adjust.ineligibleWarning') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={ranking.isPending}
              notFoundContent={ranking.isPending ? undefined : t('commendation.adjust.noCandidates')}
              options={candidates.map((r) => ({
                value: r.branchId,
                label: r.eligible
                  ? `${r.branchName}（${t('commendation.rank', { rank: r.rank })}）`
                  : t('commendation.adjust.ineligibleOption', { name: r.branchName, reason: r.ineligibleReasons.join('；') }),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('commendation.adjust.reason')}
          extra={t('commendation.adjust.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
