import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, RedoOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Select, Skeleton, Table, Typography, type TableProps } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { StatusTag } from '@/components/status-tag';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDateTime } from '@/lib/format';
import { problemMessage } from '@/lib/problem';
import { useDeliveries, type Delivery, type DeliveryStatus } from '../api/get-deliveries';
import { useRetryDelivery } from '../api/retry-delivery';
import { CHANNELS, KINDS, STATUSES } from './kinds';
import { PAGE_SIZE, SORT_FIELDS, sortOrderOf, useDeliveryParams, type SortField } from './use-delivery-params';
import { PhonePager } from '@/components/phone-pager';
import { useApp } from '@/components/antd-scope';

const TONE = { PENDING: 'warn', SENT: 'ok', FAILED: 'bad' } as const;
const ICON = { PENDING: <ClockCircleOutlined />, SENT: <CheckCircleOutlined />, FAILED: <CloseCircleOutlined /> };

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={TONE[status]} icon={ICON[status]}>
      {t(`messageChannels.deliveries.statusName.${status}`)}
    </StatusTag>
  );
}

/** Status, channel and kind; each applies as soon as it is chosen. */
function DeliveryFilters() {
  const { t } = useTranslation();
  const { filters, filtered, setFilters } = useDeliveryParams();
  const width = { flex: '1 1 160px', minWidth: 0 };
  return (
    <Flex wrap gap={8} role="search" style={{ marginBottom: 16 }}>
      <Select
        aria-label={t('messageChannels.deliveries.status')}
        placeholder={t('messageChannels.deliveries.allStatuses')}
        allowClear
        value={filters.status}
        onChange={(status) => setFilters({ ...filters, status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`messageChannels.deliveries.statusName.${s}`) }))}
        style={width}
      />
      <Select
        aria-label={t('messageChannels.deliveries.channel')}
        placeholder={t('messageChannels.deliveries.allChannels')}
        allowClear
        value={filters.channel}
        onChange={(channel) => setFilters({ ...filters, channel })}
        options={CHANNELS.map((c) => ({ value: c, label: t(`messageChannels.channel.${c}`) }))}
        style={width}
      />
      <Select
        aria-label={t('messageChannels.deliveries.kind')}
        placeholder={t('messageChannels.deliveries.allKinds')}
        allowClear
        value={filters.kind}
        onChange={(kind) => setFilters({ ...filters, kind })}
        options={KINDS.map((k) => ({ value: k, label: t(`messageChannels.kind.${k}`) }))}
        style={{ ...width, flex: '2 1 200px' }}
      />
      {filtered && <Button onClick={() => setFilters({})}>{t('messageChannels.deliveries.clear')}</Button>}
    </Flex>
  );
}

/**
 * The send log: every message sent by e-mail, SMS or robot, newest first, with how it went; `canRetry` (an
 * administrator) may send a failed one again.
 */
export function DeliveryLog({ canRetry }: { canRetry: boolean }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const phone = useIsPhone();
  const { filtered, sort, page, query, setSort, setPage } = useDeliveryParams();
  const deliveries = useDeliveries(query);
  const retry = useRetryDelivery();
  const items = deliveries.data?.items ?? [];
  const total = deliveries.data?.total ?? 0;
  const none = t('common.none');
  const channel = (d: Delivery) => t(`messageChannels.channel.${d.channel}`, { defaultValue: d.channel });
  const kind = (d: Delivery) => t(`messageChannels.kind.${d.kind}`, { defaultValue: d.kind });
  const next = (d: Delivery) => (d.status === 'PENDING' && d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : none);

  const sendAgain = (d: Delivery) =>
    retry.mutate(d.id, {
      onSuccess: () => void message.success(t('messageChannels.deliveries.retried')),
      onError: (error) => void message.error(problemMessage(error, t)),
    });
  const retryButton = (d: Delivery, block = false) =>
    canRetry &&
    d.status === 'FAILED' && (
      <Button
        icon={<RedoOutlined />}
        block={block}
        aria-label={t('messageChannels.deliveries.retryLabel', { name: d.accountName })}
        loading={retry.isPending && retry.variables === d.id}
        onClick={() => sendAgain(d)}
      >
        {t('messageChannels.deliveries.retry')}
      </Button>
    );

  const sorted = (field: SortField) => ({
    sorter: true,
    sortOrder: sortOrderOf(sort, field),
    sortDirections: ['descend', 'ascend'] as SortOrder[],
  });
  const columns: TableProps<Delivery>['columns'] = [
    {
      key: 'createdAt',
      title: t('messageChannels.deliveries.createdAt'),
      render: (_, d) => formatDateTime(d.createdAt),
      width: 160,
      ...sorted('createdAt'),
    },
    { key: 'recipient', title: t('messageChannels.deliveries.recipient'), render: (_, d) => d.accountName },
    { key: 'channel', title: t('messageChannels.deliveries.channel'), render: (_, d) => channel(d), width: 100, ...sorted('channel') },
    { key: 'address', title: t('messageChannels.deliveries.address'), render: (_, d) => d.recipient },
    { key: 'kind', title: t('messageChannels.deliveries.kind'), render: (_, d) => kind(d) },
    {
      key: 'status',
      title: t('messageChannels.deliveries.status'),
      render: (_, d) => <DeliveryStatusTag status={d.status} />,
      width: 120,
      ...sorted('status'),
    },
    { key: 'attempts', title: t('messageChannels.deliveries.attempts'), dataIndex: 'attempts', width: 100, ...sorted('attempts') },
    {
      key: 'when',
      title: `${t('messageChannels.deliveries.sentAt')} / ${t('messageChannels.deliveries.nextAttempt')}`,
      render: (_, d) => (d.sentAt ? formatDateTime(d.sentAt) : next(d)),
      width: 170,
    },
    {
      key: 'lastError',
      title: t('messageChannels.deliveries.lastError'),
      render: (_, d) =>
        d.lastError ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: d.lastError }} style={{ maxWidth: 240 }}>
            {d.lastError}
          </Typography.Text>
        ) : (
          none
        ),
    },
    ...(canRetry ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, d: Delivery) => retryButton(d), width: 110 }] : []),
  ];

  const onTableChange: TableProps<Delivery>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const { columnKey, order } = sorter as SorterResult<Delivery>;
    const field = SORT_FIELDS.find((f) => f === columnKey);
    setSort(field && order ? `${order === 'descend' ? '-' : ''}${field}` : undefined);
  };

  let body;
  if (deliveries.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (deliveries.isError)
    body = (
      <ErrorState title={t('messageChannels.deliveries.loadFailed')} error={deliveries.error} onRetry={() => void deliveries.refetch()} />
    );
  else if (items.length === 0)
    body = <Empty description={filtered ? t('messageChannels.deliveries.emptyFiltered') : t('messageChannels.deliveries.empty')} />;
  else if (phone)
    body = (
      <>
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((d) => (
            <li key={d.id} data-testid="delivery" data-status={d.status}>
              <Card size="small" title={`${d.accountName} · ${channel(d)}`} extra={<DeliveryStatusTag status={d.status} />}>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('messageChannels.deliveries.kind')}>{kind(d)}</Descriptions.Item>
                  <Descriptions.Item label={t('messageChannels.deliveries.address')}>{d.recipient}</Descriptions.Item>
                  <Descriptions.Item label={t('messageChannels.deliveries.createdAt')}>{formatDateTime(d.createdAt)}</Descriptions.Item>
                  {d.sentAt && (
                    <Descriptions.Item label={t('messageChannels.deliveries.sentAt')}>{formatDateTime(d.sentAt)}</Descriptions.Item>
                  )}
                  {d.status === 'PENDING' && (
                    <Descriptions.Item label={t('messageChannels.deliveries.nextAttempt')}>{next(d)}</Descriptions.Item>
                  )}
                  <Descriptions.Item label={t('messageChannels.deliveries.attempts')}>{d.attempts}</Descriptions.Item>
                  {d.lastError && (
                    <Descriptions.Item label={t('messageChannels.deliveries.lastError')}>
                      <Typography.Text type="danger">{d.lastError}</Typography.Text>
                    </Descriptions.Item>
                  )}
                </Descriptions>
                {retryButton(d, true)}
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
      </>
    );
  else
    body = (
      <ScrollRegion label={t('messageChannels.tabs.deliveries')}>
        <Table<Delivery>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={deliveries.isPlaceholderData}
          onChange={onTableChange}
          onRow={(d) => ({ 'data-testid': 'delivery', 'data-status': d.status }) as React.HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }}
        />
      </ScrollRegion>
    );

  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('messageChannels.deliveries.hint')}
        {deliveries.data && <span data-testid="delivery-total"> {t('messageChannels.deliveries.total', { count: total })}</span>}
      </Typography.Paragraph>
      <DeliveryFilters />
      {body}
    </>
  );
}
