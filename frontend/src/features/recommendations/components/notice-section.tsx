import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MarkdownText } from '@/components/markdown-text';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useSaveForm } from '@/hooks/use-save-form';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCloseRecommendationNotice } from '../api/close-notice';
import type { RecommendationRound } from '../api/keys';
import { useOpenRecommendationNotice } from '../api/open-notice';
import { dayAfter, earliestEnd } from './round-rules';
import { useApp } from '@/components/antd-scope';

const DAY = 'YYYY-MM-DD';

type NoticeValues = { startsOn: Dayjs | null; endsOn: Dayjs | null; text: string };

/**
 * Opens the level's public notice (公示) of the candidates it accepted: its first and last day (both included; at
 * least the campaign's minimum of working days, not from a past day unless the campaign's history is being entered)
 * and the announcement.
 */
function NoticeForm({ campaign, today }: { campaign: Campaign; today: string }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<NoticeValues>();
  const open = useOpenRecommendationNotice(campaign.id);
  const { save, alert } = useSaveForm(form);
  const first = campaign.recordedAsOf ?? today;
  const minimum = campaign.noticeMinWorkingDays;

  const onFinish = (v: NoticeValues) =>
    save(async () => {
      await open.mutateAsync({ startsOn: v.startsOn?.format(DAY) ?? '', endsOn: v.endsOn?.format(DAY) ?? '', text: v.text.trim() });
      void message.success(t('recommendations.notice.opened'));
    });

  const required = { required: true, message: t('errors.validation.required') };
  return (
    <Form<NoticeValues>
      form={form}
      name="recommendation-notice"
      layout="vertical"
      onFinish={(v) => void onFinish(v)}
      initialValues={{ startsOn: dayjs(first), endsOn: dayjs(earliestEnd(first, minimum)), text: t('recommendations.notice.defaultText') }}
      style={{ maxWidth: 640 }}
    >
      <SaveProblemAlert {...alert} />
      <Flex wrap gap={12}>
        <Form.Item
          name="startsOn"
          label={t('recommendations.notice.startsOn')}
          rules={[
            required,
            {
              validator: (_, value: Dayjs | null) =>
                value && !campaign.recordedAsOf && value.format(DAY) < today
                  ? Promise.reject(new Error(t('recommendations.notice.startsInPast')))
                  : Promise.resolve(),
            },
          ]}
          style={{ flex: '1 1 200px' }}
        >
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('recommendations.notice.endsOn')}
          dependencies={['startsOn']}
          style={{ flex: '1 1 200px' }}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null) => {
                const start = getFieldValue('startsOn') as Dayjs | null;
                if (!value || !start) return Promise.resolve();
                if (value.isBefore(start, 'day')) return Promise.reject(new Error(t('recommendations.notice.endsBeforeStart')));
                const earliest = earliestEnd(start.format(DAY), minimum);
                return value.format(DAY) < earliest
                  ? Promise.reject(new Error(t('recommendations.notice.tooShort', { count: minimum, date: formatDate(earliest) })))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="text" label={t('recommendations.notice.text')} rules={[{ ...required, whitespace: true }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="open-notice">
        {t('recommendations.notice.open')}
      </Button>
    </Form>
  );
}

type DecisionValues = { decisionNumber: string; decisionDate: Dayjs | null };

/**
 * Closes the level's notice after its last day. At the top of the chain this is the decision (表彰决定): its
 * document number (文号) and date are required; below, one button closes it and the accepted go up.
 */
function CloseForm({
  campaign,
  round,
  today,
  onReload,
}: {
  campaign: Campaign;
  round: RecommendationRound;
  today: string;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message, modal } = useApp();
  const [form] = Form.useForm<DecisionValues>();
  const close = useCloseRecommendationNotice(campaign.id);
  const { save, alert } = useSaveForm(form, { reload: onReload });
  const version = round.noticeVersion ?? 0;
  const notEnded = round.noticeEndsOn != null && today <= round.noticeEndsOn;
  const why = notEnded
    ? t(round.top ? 'recommendations.notice.whyNotDecide' : 'recommendations.notice.whyNot', {
        endsOn: formatDate(round.noticeEndsOn),
        from: formatDate(dayAfter(round.noticeEndsOn ?? today)),
      })
    : null;

  const whyLine = why && (
    <Typography.Text type="secondary" id="close-why" data-testid="close-why">
      {why}
    </Typography.Text>
  );

  if (!round.top) {
    const confirmClose = () =>
      modal.confirm({
        title: t('recommendations.notice.closeTitle'),
        content: t('recommendations.notice.closeConfirm'),
        okText: t('recommendations.notice.close'),
        cancelText: t('common.cancel'),
        onOk: () =>
          save(async () => {
            await close.mutateAsync({ version });
            void message.success(t('recommendations.notice.closed'));
          }),
      });
    return (
      <Flex vertical gap={8} align="flex-start">
        <SaveProblemAlert {...alert} />
        <Button
          type="primary"
          onClick={confirmClose}
          loading={close.isPending}
          disabled={notEnded}
          aria-describedby={why ? 'close-why' : undefined}
          data-testid="close-notice"
        >
          {t('recommendations.notice.close')}
        </Button>
        {whyLine}
      </Flex>
    );
  }

  const onFinish = (v: DecisionValues) =>
    save(async () => {
      await close.mutateAsync({ decisionNumber: v.decisionNumber.trim(), decisionDate: v.decisionDate?.format(DAY) ?? null, version });
      void message.success(t('recommendations.notice.decided'));
    });
  const required = { required: true, message: t('errors.validation.required') };
  return (
    <Form<DecisionValues>
      form={form}
      name="recommendation-decision"
      layout="vertical"
      onFinish={(v) => void onFinish(v)}
      initialValues={{ decisionNumber: '', decisionDate: dayjs(today) }}
      style={{ maxWidth: 640 }}
    >
      <Typography.Paragraph type="secondary">{t('recommendations.notice.decideHint')}</Typography.Paragraph>
      <SaveProblemAlert {...alert} />
      <Flex wrap gap={12}>
        <Form.Item
          name="decisionNumber"
          label={t('recommendations.notice.decisionNumber')}
          extra={t('recommendations.notice.decisionNumberHint')}
          rules={[{ ...required, whitespace: true }]}
          style={{ flex: '2 1 240px' }}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('recommendations.notice.decisionDate')} rules={[required]} style={{ flex: '1 1 160px' }}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Flex>
      <Flex vertical gap={8} align="flex-start">
        <Button
          type="primary"
          htmlType="submit"
          loading={close.isPending}
          disabled={notEnded}
          aria-describedby={why ? 'close-why' : undefined}
          data-testid="decide"
        >
          {t('recommendations.notice.decide')}
        </Button>
        {whyLine}
      </Flex>
    </Form>
  );
}

/** The notice's period and announcement, and when it was closed. */
function NoticeFacts({ round }: { round: RecommendationRound }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" data-testid="notice-facts">
      <Descriptions.Item label={t('recommendations.notice.periodLabel')}>
        {t('recommendations.notice.period', { from: formatDate(round.noticeStartsOn), to: formatDate(round.noticeEndsOn) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('recommendations.notice.text')}>
        {round.noticeText ? <MarkdownText text={round.noticeText} /> : t('common.none')}
      </Descriptions.Item>
      {round.closedAt && (
        <Descriptions.Item label={t('recommendations.notice.closedLabel')}>
          {t('recommendations.detail.byAt', { by: round.closedBy ?? t('common.none'), at: formatDateTime(round.closedAt) })}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/**
 * The level's notice (本级公示): while collecting, the form that opens it once candidates are accepted and none
 * awaits review; under notice, its period and text and the form that closes it (at the top: the decision); closed
 * below the top, the hint that the accepted may now go up.
 */
export function NoticeSection({
  campaign,
  round,
  canManage,
  today,
  onReload,
}: {
  campaign: Campaign;
  round: RecommendationRound;
  canManage: boolean;
  today: string;
  /** Reads the round again (after someone else changed the notice). */
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  let body;
  if (round.status === 'COLLECTING') {
    if (round.accepted === 0) body = <Typography.Text type="secondary">{t('recommendations.notice.needAccepted')}</Typography.Text>;
    else if (!canManage) body = <Typography.Text type="secondary">{t('recommendations.notice.notOpened')}</Typography.Text>;
    else
      body = (
        <Flex vertical gap={12}>
          {round.submitted > 0 && <Alert type="warning" showIcon title={t('recommendations.notice.pending', { count: round.submitted })} />}
          <NoticeForm campaign={campaign} today={today} />
        </Flex>
      );
  } else
    body = (
      <Flex vertical gap={12}>
        <NoticeFacts round={round} />
        {round.status === 'NOTICE' && canManage && <CloseForm campaign={campaign} round={round} today={today} onReload={onReload} />}
        {round.status === 'CLOSED' && !round.top && campaign.adoptedFrom && (
          <Alert type="info" showIcon title={t('recommendations.notice.carryUp')} data-testid="carry-up" />
        )}
      </Flex>
    );

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('recommendations.notice.heading')}</h2>}
      data-testid="recommendations-notice"
    >
      {body}
    </Card>
  );
}
