import { Form, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { problemMessage } from '@/lib/problem';
import { useBranchChoices } from '../api/branch-choices';
import { useAddParticipant } from '../api/add-participant';
import { useParticipants } from '../api/get-participants';
import { useApp } from '@/components/antd-scope';

type Picked = { value: number; label: string };
type Values = { branches: Picked[] };

/** Searches branches by name or code and adds the picked ones; each refusal is named with its branch. */
export function AddParticipantsDrawer({ campaignId, onClose }: { campaignId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const choices = useBranchChoices(q);
  const taking = useParticipants(campaignId, 1, 100);
  const add = useAddParticipant(campaignId);
  const { say, clear, alert } = useSaveForm(form);
  const [saving, setSaving] = useState(false);
  const already = new Set((taking.data?.items ?? []).map((p) => p.branchId));

  // The server is asked once the typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const onFinish = async ({ branches }: Values) => {
    clear();
    setSaving(true);
    const refused: { branch: Picked; reason: string }[] = [];
    // One request per branch, in order, so each refusal names its branch.
    for (const branch of branches) {
      try {
        await add.mutateAsync(branch.value);
      } catch (error) {
        refused.push({ branch, reason: problemMessage(error, t) });
      }
    }
    setSaving(false);
    const added = branches.length - refused.length;
    if (added > 0) void message.success(t('campaigns.participants.added', { count: added }));
    if (refused.length === 0) {
      onClose();
      return;
    }
    form.setFieldsValue({ branches: refused.map((r) => r.branch) });
    say(t('campaigns.participants.refused', { detail: refused.map((r) => `${r.branch.label}：${r.reason}`).join('；') }));
  };

  return (
    <FormDrawer
      title={t('campaigns.participants.addTitle')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={saving}
      saveText={t('campaigns.participants.addSave')}
      {...alert}
    >
      <Typography.Paragraph type="secondary">{t('campaigns.participants.addHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ branches: [] }} onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="branches"
          label={t('campaigns.participants.pick')}
          rules={[{ required: true, type: 'array', min: 1, message: t('campaigns.participants.pickRequired') }]}
        >
          <Select<Picked[]>
            mode="multiple"
            labelInValue
            // Several matches of one search can be picked in a row.
            showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: false }}
            loading={choices.isFetching}
            notFoundContent={choices.isError ? problemMessage(choices.error, t) : t('campaigns.participants.noMatch')}
            options={(choices.data ?? []).map((c) => ({
              ...c,
              label: already.has(c.value) ? `${c.label} · ${t('campaigns.participants.already')}` : c.label,
              disabled: already.has(c.value),
            }))}
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
