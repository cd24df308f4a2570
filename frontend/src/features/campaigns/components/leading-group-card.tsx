import { CrownOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Form, Skeleton, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import { getLeadingGroupQueryOptions, useLeadingGroup, useReplaceLeadingGroup } from '../api/leading-group';
import { LeadingGroupForm, type LeadingGroupValues } from './leading-group-form';

const ORDER = { LEADER: 0, DEPUTY: 1, MEMBER: 2 } as const;

/** A branch's leading group in a campaign: read it, or edit the whole list. */
export function LeadingGroupCard({ campaignId, branchId, canEdit }: { campaignId: number; branchId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const group = useLeadingGroup(campaignId, branchId);
  const replace = useReplaceLeadingGroup(campaignId, branchId);
  const [form] = Form.useForm<LeadingGroupValues>();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  let body;
  if (group.isPending) body = <Skeleton active />;
  else if (group.isError)
    body = <ErrorState title={t('campaigns.group.loadFailed')} error={group.error} onRetry={() => void group.refetch()} />;
  else if (editing) {
    const onFinish = async (v: LeadingGroupValues) => {
      setProblem(null);
      setStale(false);
      try {
        await replace.mutateAsync({ members: v.members ?? [], version: group.data.version });
        void message.success(t('campaigns.group.saved'));
        setEditing(false);
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
    body = (
      <>
        {stale && (
          <Alert type="warning" showIcon role="alert" title={t('campaigns.group.stale')} style={{ marginBottom: 12 }}
            action={<Button onClick={() => void reload()}>{t('common.reload')}</Button>} />
        )}
        <LeadingGroupForm form={form} initialValues={{ members: group.data.members }} onFinish={(v) => void onFinish(v)} problem={problem} />
        <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
          <Button onClick={() => { setEditing(false); setProblem(null); setStale(false); }}>{t('common.cancel')}</Button>
          <Button type="primary" loading={replace.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      </>
    );
  } else if (group.data.members.length === 0) body = <Empty description={t('campaigns.group.empty')} />;
  else {
    const members = [...group.data.members].sort((a, b) => ORDER[a.role] - ORDER[b.role]);
    body = (
      <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {members.map((m, i) => (
          <li key={`${m.name}-${i}`} data-testid="group-member">
            <Flex wrap gap={8} align="center">
              <strong>{m.name}</strong>
              <Tag icon={m.role === 'LEADER' ? <CrownOutlined aria-hidden /> : undefined}>{t(`campaigns.group.roles.${m.role}`)}</Tag>
              {m.position && <Typography.Text>{m.position}</Typography.Text>}
              {m.phone && <Typography.Text type="secondary">{m.phone}</Typography.Text>}
            </Flex>
            {m.responsibility && <Typography.Paragraph style={{ margin: 0 }}>{m.responsibility}</Typography.Paragraph>}
          </li>
        ))}
      </Flex>
    );
  }

  return (
    <Card
      style={{ marginTop: 16 }}
      title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('campaigns.group.title')}</h2>}
      extra={canEdit && !editing && group.isSuccess && <Button onClick={() => setEditing(true)}>{t('campaigns.group.edit')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('campaigns.group.hint')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
