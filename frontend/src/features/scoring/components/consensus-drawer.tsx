import { Alert, Button, Drawer, Flex, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import type { Standard } from '@/features/campaigns/api/get-standards';
import { useBranchResultDetail } from '../api/get-branch-result-detail';
import { useConsensus, type Consensus } from '../api/get-consensus';
import { useBranchSiteVisits, type SiteVisit } from '@/features/campaigns/api/get-site-visits';
import type { BranchResult } from '../api/list-results';
import { useRecordConsensus } from '../api/record-consensus';
import { ConsensusReviews } from './consensus-reviews';
import { consensusStart } from './result-rules';
import { scoreProblem } from './score-rules';
import { useScoreSheetForm } from './use-score-sheet-form';
import { useApp } from '@/components/antd-scope';

type Values = ReturnType<typeof consensusStart>;

function ConsensusForm({
  campaignId,
  row,
  standards,
  consensus,
  visits,
  readOnly,
  record,
  onSaved,
}: {
  campaignId: number;
  row: BranchResult;
  standards: Standard[];
  consensus: Consensus | null;
  visits: SiteVisit[];
  readOnly: boolean;
  record: ReturnType<typeof useRecordConsensus>;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const sheetForm = useScoreSheetForm<Values, { standardId: number; points: number }>(form, {
    ids: standards.map((s) => String(s.id)),
    pointsName: (id) => ['points', id],
    // "standards[1].points" is the second standard sent; the other fields keep their names.
    list: 'standards',
    fieldOf: (standard) => ['points', String(standard.standardId)],
  });

  const onFinish = (v: Values) =>
    sheetForm.save(async () => {
      const sent = sheetForm.sending(standards.map((s) => ({ standardId: s.id, points: v.points[String(s.id)] ?? 0 })));
      await record.mutateAsync({
        campaignId,
        branchId: row.branchId,
        body: {
          reason: v.reason.trim(),
          participants: v.participants.trim(),
          siteVisitId: v.siteVisitId ?? undefined,
          standards: sent,
          version: consensus?.version,
        },
      });
      void message.success(t('consensus.saved'));
      onSaved();
    });

  return (
    <Form<Values>
      form={form}
      id="consensus-form"
      layout="vertical"
      initialValues={consensusStart(consensus, row, standards)}
      disabled={readOnly}
      onFinish={(v) => void onFinish(v)}
      requiredMark={false}
    >
      <SaveProblemAlert {...sheetForm.alert} style={{ marginBottom: 12 }} />
      <Flex wrap gap={12}>
        {standards.map((s) => (
          <Form.Item
            key={s.id}
            name={['points', String(s.id)]}
            label={t('consensus.points', { name: s.name, max: s.maxPoints })}
            style={{ flex: '1 1 180px', marginBottom: 8 }}
            rules={[
              { required: true, message: t('scoring.required') },
              {
                validator: (_, value: number | null | undefined) => {
                  const p = scoreProblem(value, s.maxPoints);
                  return p ? Promise.reject(new Error(t(`scoring.rule.${p}`, { max: s.maxPoints }))) : Promise.resolve();
                },
              },
            ]}
          >
            <InputNumber min={0} max={s.maxPoints} step={0.5} inputMode="decimal" style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Flex>
      <Typography.Paragraph strong data-testid="consensus-total">
        {t('consensus.total', { total: sheetForm.running })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('consensus.reason')}
        rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="participants"
        label={t('consensus.participants')}
        extra={t('consensus.participantsHint')}
        rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="siteVisitId" label={t('consensus.siteVisit')} extra={visits.length === 0 ? t('consensus.siteVisitNone') : undefined}>
        <Select
          allowClear
          disabled={readOnly || visits.length === 0}
          options={visits.map((v) => ({ value: v.id, label: `${v.visitedOn} · ${v.visitors}` }))}
        />
      </Form.Item>
    </Form>
  );
}

/** The consensus for one branch: the assessors' scores beside it, a final score per standard, the reason and who took part. */
export function ConsensusDrawer({
  campaignId,
  row,
  standards,
  readOnly,
  onClose,
}: {
  campaignId: number;
  row: BranchResult;
  standards: Standard[];
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const branchId = row.branchId;
  const consensus = useConsensus(campaignId, branchId);
  const detail = useBranchResultDetail(campaignId, branchId);
  const visits = useBranchSiteVisits(campaignId, branchId);
  const record = useRecordConsensus();

  let body;
  if (consensus.isPending || detail.isPending || visits.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (consensus.isError || detail.isError || visits.isError)
    body = (
      <ErrorState
        title={t('assessment.loadFailed')}
        error={consensus.error ?? detail.error ?? visits.error}
        onRetry={() => void consensus.refetch()}
      />
    );
  else
    body = (
      <>
        {readOnly ? (
          <Alert type="info" showIcon title={t('consensus.readOnly')} style={{ marginBottom: 12 }} />
        ) : (
          <Typography.Paragraph>{t('consensus.intro')}</Typography.Paragraph>
        )}
        {consensus.data?.recordedBy && (
          <Typography.Paragraph type="secondary">
            {t('consensus.recordedBy', { by: consensus.data.recordedBy, at: dayjs(consensus.data.updatedAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Paragraph>
        )}
        <Typography.Title level={3} style={{ fontSize: '1.05em' }}>
          {t('consensus.reviews')}
        </Typography.Title>
        <ConsensusReviews detail={detail.data} row={row} standards={standards} />
        <div style={{ height: 16 }} />
        <ConsensusForm
          campaignId={campaignId}
          row={row}
          standards={standards}
          consensus={consensus.data}
          visits={visits.data}
          readOnly={readOnly}
          record={record}
          onSaved={onClose}
        />
      </>
    );

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('consensus.title', { branch: row.branchName })}
      placement={phone ? 'bottom' : 'right'}
      styles={phone ? { wrapper: { height: '92vh' } } : { wrapper: { width: 760, maxWidth: '100vw' } }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{readOnly ? t('common.close') : t('common.cancel')}</Button>
          {!readOnly && (
            <Button
              type="primary"
              htmlType="submit"
              form="consensus-form"
              loading={record.isPending}
              disabled={consensus.isPending || detail.isPending}
            >
              {t('consensus.save')}
            </Button>
          )}
        </Flex>
      }
    >
      {body}
    </Drawer>
  );
}
