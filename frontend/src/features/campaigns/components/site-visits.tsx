import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { useLiveCampaign } from '../api/get-campaigns';
import { useParticipants } from '../api/get-participants';
import { useCreateSiteVisit } from '../api/create-site-visit';
import { useSiteVisits } from '../api/get-site-visits';
import { formatDate } from './format';
import { MarkdownText } from '@/components/markdown-text';
import { PhonePager } from '@/components/phone-pager';
import { useApp } from '@/components/antd-scope';

type Values = { branchId?: number; visitedOn: string; visitors: string; findings: string; followUps?: string };

function RecordDrawer({ campaignId, onClose }: { campaignId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const branches = useParticipants(campaignId, 1, 100);
  const create = useCreateSiteVisit(campaignId);
  const { save, alert } = useSaveForm(form);
  const required = [{ required: true, whitespace: true, message: t('errors.validation.required') }];
  const onFinish = (v: Values) =>
    save(async () => {
      await create.mutateAsync({
        branchId: v.branchId ?? 0,
        visitedOn: v.visitedOn,
        visitors: v.visitors.trim(),
        findings: v.findings.trim(),
        followUps: v.followUps?.trim() || undefined,
      });
      void message.success(t('visits.saved'));
      onClose();
    });
  return (
    <FormDrawer title={t('visits.record')} onClose={onClose} onSave={() => form.submit()} saving={create.isPending} {...alert}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="branchId" label={t('visits.branch')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <Select
            loading={branches.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(branches.data?.items ?? []).map((b) => ({ value: b.branchId, label: b.branchName }))}
          />
        </Form.Item>
        <Form.Item name="visitedOn" label={t('visits.visitedOn')} rules={required}>
          <Input type="date" style={{ minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="visitors" label={t('visits.visitors')} rules={required}>
          <Input maxLength={500} style={{ minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="findings" label={t('visits.findings')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="followUps" label={t('visits.followUps')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function VisitList({ campaignId, canRecord }: { campaignId: number; canRecord: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const visits = useSiteVisits(campaignId, page);
  let body;
  if (visits.isPending) body = <Skeleton active />;
  else if (visits.isError) body = <ErrorState title={t('visits.loadFailed')} error={visits.error} onRetry={() => void visits.refetch()} />;
  else if (visits.data.total === 0) body = <Empty description={t('visits.empty')} />;
  else
    body = (
      <>
        <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {visits.data.items.map((v) => (
            <li key={v.id} data-testid="site-visit">
              <Card size="small" title={`${formatDate(v.visitedOn)} · ${v.branchName}`}>
                <Typography.Paragraph style={{ margin: 0 }}>
                  <strong>{t('visits.visitors')}：</strong>
                  {v.visitors}
                </Typography.Paragraph>
                <Typography.Text strong>{t('visits.findings')}：</Typography.Text>
                <MarkdownText text={v.findings} />
                {v.followUps && (
                  <>
                    <Typography.Text strong>{t('visits.followUps')}：</Typography.Text>
                    <MarkdownText text={v.followUps} />
                  </>
                )}
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={20} total={visits.data.total} onChange={setPage} />
      </>
    );
  return (
    <>
      {canRecord && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)} style={{ marginBottom: 12 }}>
          {t('visits.record')}
        </Button>
      )}
      {body}
      {recording && <RecordDrawer campaignId={campaignId} onClose={() => setRecording(false)} />}
    </>
  );
}

/** Site visits (实地调研) of the live campaign; the committee records new ones. */
export function SiteVisits({ canRecord }: { canRecord: boolean }) {
  const { t } = useTranslation();
  const live = useLiveCampaign();
  const campaign = live.data?.items[0];
  let body;
  if (live.isPending) body = <Skeleton active />;
  else if (live.isError)
    body = <ErrorState title={t('campaigns.live.loadFailed')} error={live.error} onRetry={() => void live.refetch()} />;
  else if (!campaign) body = <Empty description={t('campaigns.live.none')} />;
  else body = <VisitList campaignId={campaign.id} canRecord={canRecord} />;
  return (
    <section aria-labelledby="visits-title">
      <Typography.Title level={1} id="visits-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {t('visits.title')}
      </Typography.Title>
      {campaign && <Typography.Paragraph type="secondary">{campaign.title}</Typography.Paragraph>}
      {body}
    </section>
  );
}
