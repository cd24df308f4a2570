import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, RedoOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Drawer, Empty, Flex, Select, Skeleton, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { StatusTag } from '@/components/status-tag';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDateTime } from '@/lib/format';
import { problemMessage } from '@/lib/problem';
import { useWebhookDeliveries, type WebhookDelivery, type WebhookDeliveryStatus } from '../api/get-webhook-deliveries';
import { PAGE_SIZE, type Webhook } from '../api/get-webhooks';
import { useReplayWebhookDelivery } from '../api/replay-webhook-delivery';
import { STATUSES, eventName } from './events';
import { PhonePager } from '@/components/phone-pager';
import { useApp } from '@/components/antd-scope';

const TONE = { PENDING: 'warn', SENT: 'ok', FAILED: 'bad' } as const;
const ICON = { PENDING: <ClockCircleOutlined />, SENT: <CheckCircleOutlined />, FAILED: <CloseCircleOutlined /> };

function DeliveryStatusTag({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={TONE[status]} icon={ICON[status]}>
      {t(`webhooks.deliveries.statusName.${status}`)}
    </StatusTag>
  );
}

/** The event in words, and its type as the receiver sees it. */
function EventType({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const name = eventName(delivery.type, t);
  return (
    <>
      <div>{name}</div>
      {name !== delivery.type && (
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {delivery.type}
        </Typography.Text>
      )}
    </>
  );
}

/** One endpoint's deliveries, newest first, by state; a sent or failed one may be sent again. */
function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const phone = useIsPhone();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(webhook.id, { status, page, size: PAGE_SIZE, sort: '-createdAt' });
  const replay = useReplayWebhookDelivery();
  const items = deliveries.data?.items ?? [];
  const total = deliveries.data?.total ?? 0;
  const none = t('common.none');
  const when = (d: WebhookDelivery) => {
    if (d.sentAt) return formatDateTime(d.sentAt);
    return d.status === 'PENDING' && d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : none;
  };

  const sendAgain = (d: WebhookDelivery) =>
    replay.mutate(
      { webhookId: webhook.id, id: d.id },
      {
        onSuccess: () => void message.success(t('webhooks.deliveries.replayed')),
        onError: (error) => void message.error(problemMessage(error, t)),
      },
    );
  const replayButton = (d: WebhookDelivery, block = false) =>
    d.status !== 'PENDING' && (
      <Button
        icon={<RedoOutlined />}
        block={block}
        aria-label={t('webhooks.deliveries.replayLabel', { type: d.type, at: formatDateTime(d.createdAt) })}
        loading={replay.isPending && replay.variables.id === d.id}
        onClick={() => sendAgain(d)}
      >
        {t('webhooks.deliveries.replay')}
      </Button>
    );
  const lastError = (d: WebhookDelivery) =>
    d.lastError ? (
      <Typography.Text type="danger" style={{ wordBreak: 'break-word' }}>
        {d.lastError}
      </Typography.Text>
    ) : (
      none
    );

  const columns: TableProps<WebhookDelivery>['columns'] = [
    { key: 'createdAt', title: t('webhooks.deliveries.createdAt'), render: (_, d) => formatDateTime(d.createdAt), width: 160 },
    { key: 'type', title: t('webhooks.deliveries.type'), render: (_, d) => <EventType delivery={d} /> },
    {
      key: 'status',
      title: t('webhooks.deliveries.status'),
      render: (_, d) => <DeliveryStatusTag status={d.status} />,
      width: 120,
    },
    { key: 'attempts', title: t('webhooks.deliveries.attempts'), dataIndex: 'attempts', width: 90 },
    {
      key: 'responseStatus',
      title: t('webhooks.deliveries.responseStatus'),
      render: (_, d) => d.responseStatus ?? none,
      width: 90,
    },
    { key: 'when', title: t('webhooks.deliveries.when'), render: (_, d) => when(d), width: 160 },
    { key: 'lastError', title: t('webhooks.deliveries.lastError'), render: (_, d) => lastError(d) },
    { key: 'actions', title: t('common.actions'), render: (_, d) => replayButton(d), width: 130 },
  ];

  let body;
  if (deliveries.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (deliveries.isError)
    body = <ErrorState title={t('webhooks.deliveries.loadFailed')} error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  else if (items.length === 0)
    body = <Empty description={status ? t('webhooks.deliveries.emptyFiltered') : t('webhooks.deliveries.empty')} />;
  else if (phone)
    body = (
      <>
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((d) => (
            <li key={d.id} data-testid="webhook-delivery" data-status={d.status}>
              <Card size="small" title={eventName(d.type, t)} extra={<DeliveryStatusTag status={d.status} />}>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('webhooks.deliveries.type')}>{d.type}</Descriptions.Item>
                  <Descriptions.Item label={t('webhooks.deliveries.createdAt')}>{formatDateTime(d.createdAt)}</Descriptions.Item>
                  {d.sentAt && <Descriptions.Item label={t('webhooks.deliveries.sentAt')}>{formatDateTime(d.sentAt)}</Descriptions.Item>}
                  {d.status === 'PENDING' && d.nextAttemptAt && (
                    <Descriptions.Item label={t('webhooks.deliveries.nextAttempt')}>{formatDateTime(d.nextAttemptAt)}</Descriptions.Item>
                  )}
                  <Descriptions.Item label={t('webhooks.deliveries.attempts')}>{d.attempts}</Descriptions.Item>
                  {d.responseStatus !== null && (
                    <Descriptions.Item label={t('webhooks.deliveries.responseStatus')}>{d.responseStatus}</Descriptions.Item>
                  )}
                  {d.lastError && <Descriptions.Item label={t('webhooks.deliveries.lastError')}>{lastError(d)}</Descriptions.Item>}
                </Descriptions>
                {replayButton(d, true)}
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
      </>
    );
  else
    body = (
      <ScrollRegion label={t('webhooks.deliveries.title')}>
        <Table<WebhookDelivery>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={deliveries.isPlaceholderData}
          onRow={(d) => ({ 'data-testid': 'webhook-delivery', 'data-status': d.status }) as React.HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        />
      </ScrollRegion>
    );

  return (
    <>
      <Typography.Paragraph strong style={{ wordBreak: 'break-all' }}>
        {webhook.url}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('webhooks.deliveries.hint')}
        {deliveries.data && <span data-testid="webhook-delivery-total"> {t('webhooks.deliveries.total', { count: total })}</span>}
      </Typography.Paragraph>
      <Flex wrap gap={8} role="search" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('webhooks.deliveries.status')}
          placeholder={t('webhooks.deliveries.allStatuses')}
          allowClear
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`webhooks.deliveries.statusName.${s}`) }))}
          style={{ flex: '0 1 200px', minWidth: 160 }}
        />
      </Flex>
      {body}
    </>
  );
}

/** The delivery log of `webhook` in a drawer; nothing when none is open. */
export function WebhookDeliveries({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Drawer
      open={webhook !== null}
      onClose={onClose}
      title={t('webhooks.deliveries.title')}
      placement={phone ? 'bottom' : 'right'}
      styles={phone ? { wrapper: { height: '100%' } } : { wrapper: { width: 1000, maxWidth: '100vw' } }}
      destroyOnHidden
    >
      {webhook && <DeliveryLog key={webhook.id} webhook={webhook} />}
    </Drawer>
  );
}
