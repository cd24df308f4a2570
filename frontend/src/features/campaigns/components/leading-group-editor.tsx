import { Alert, App, Button, Flex, Form } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import { getLeadingGroupQueryOptions, useReplaceLeadingGroup, type LeadingGroup } from '../api/leading-group';
import { LeadingGroupForm, type LeadingGroupValues } from './leading-group-form';

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
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const replace = useReplaceLeadingGroup(campaignId, branchId);
  const [form] = Form.useForm<LeadingGroupValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  const onFinish = async (v: LeadingGroupValues) => {
    setProblem(null);
    setStale(false);
    try {
      await replace.mutateAsync({ members: v.members ?? [], version: group.version });
      void message.success(t('campaigns.group.saved'));
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.isStaleVersion) {
        setStale(true);
        return;
      }
      const { applied, unmatched } = applyFieldErrors(form, error, t);
      if (applied === 0) setProblem(problemMessage(error, t));
      else if (unmatched.length) setProblem(t('errors.unmatched', { detail: unmatched.join('；') }));
    }
  };
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...getLeadingGroupQueryOptions(campaignId, branchId), staleTime: 0 });
    form.setFieldsValue({ members: fresh.members });
    setStale(false);
  };
  return (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('campaigns.group.stale')}
          style={{ marginBottom: 12 }}
          action={<Button onClick={() => void reload()}>{t('common.reload')}</Button>}
        />
      )}
      <LeadingGroupForm form={form} initialValues={{ members: group.members }} onFinish={(v) => void onFinish(v)} problem={problem} />
      <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" loading={replace.isPending} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>
      </Flex>
    </>
  );
}
