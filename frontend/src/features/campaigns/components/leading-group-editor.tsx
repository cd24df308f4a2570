import { Button, Flex, Form } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import { getLeadingGroupQueryOptions, type LeadingGroup } from '../api/get-leading-group';
import { useReplaceLeadingGroup } from '../api/replace-leading-group';
import { LeadingGroupForm, type LeadingGroupValues } from './leading-group-form';
import { useApp } from '@/components/antd-scope';

/** Editing a branch's leading group: the whole list is replaced, with the version read (a stale one offers a reload). */
export function LeadingGroupEditor({
  campaignId,
  branchId,
  group,
  onDone,
}: {
  campaignId: number;
  branchId: number;
  group: LeadingGroup;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const queryClient = useQueryClient();
  const replace = useReplaceLeadingGroup(campaignId, branchId);
  const [form] = Form.useForm<LeadingGroupValues>();
  const { save, alert } = useSaveForm(form, {
    staleText: t('campaigns.group.stale'),
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getLeadingGroupQueryOptions(campaignId, branchId), staleTime: 0 });
      form.setFieldsValue({ members: fresh.members });
    },
  });

  const onFinish = (v: LeadingGroupValues) =>
    save(async () => {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Form.List never touched is undefined in antd's values
      await replace.mutateAsync({ members: v.members ?? [], version: group.version });
      void message.success(t('campaigns.group.saved'));
      onDone();
    });
  return (
    <>
      <SaveProblemAlert {...alert} style={{ marginBottom: 12 }} />
      <LeadingGroupForm form={form} initialValues={{ members: group.members }} onFinish={(v) => void onFinish(v)} />
      <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" loading={replace.isPending} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>
      </Flex>
    </>
  );
}
