import {
  DeleteOutlined,
  EditOutlined,
  KeyOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  SendOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { StatusTag } from '@/components/status-tag';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDateTime } from '@/lib/format';
import type { WebhookSecret } from '../api/create-webhook';
import { PAGE_SIZE, useWebhooks, type Webhook } from '../api/get-webhooks';
import { useWebhookActions } from './use-webhook-actions';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';
import { WebhookSecretModal } from './webhook-secret-modal';
import { PhonePager } from '@/components/phone-pager';

function WebhookStatus({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  return webhook.enabled ? (
    <StatusTag tone="ok" icon={<SendOutlined />}>
      {t('webhooks.on')}
    </StatusTag>
  ) : (
    <StatusTag tone="off" icon={<PauseCircleOutlined />}>
      {t('webhooks.off')}
    </StatusTag>
  );
}

function EventTags({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {webhook.events.map((e) => (
        <Tag key={e} style={{ marginInlineEnd: 0 }}>
          {t(`webhooks.event.${e}`, { defaultValue: e })}
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * Webhooks (事件推送): the endpoints of other systems that receive the changes of the caller's subtree as they happen.
 * Add one (its signing secret shown once), change, pause or enable it, give it a new secret, delete it, and read
 * what was sent to it.
 */
export function WebhookList() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [page, setPage] = useState(1);
  const webhooks = useWebhooks(page);
  // The form's endpoint: 'new' to add one; null while the form is closed.
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [secret, setSecret] = useState<WebhookSecret | null>(null);
  const [logOf, setLogOf] = useState<Webhook | null>(null);
  const { toggle, newSecret, del, alert } = useWebhookActions(setSecret);
  const items = webhooks.data?.items ?? [];
  const total = webhooks.data?.total ?? 0;

  const added = (w: Webhook) =>
    w.createdBy ? t('webhooks.addedBy', { by: w.createdBy, at: formatDateTime(w.createdAt) }) : formatDateTime(w.createdAt);

  const actions = (w: Webhook, block = false): ReactNode => {
    const button = (action: string, icon: ReactNode, onClick: () => void, danger = false) => (
      <Button
        key={action}
        type={phone ? 'default' : 'link'}
        size={phone ? 'middle' : 'small'}
        danger={danger}
        icon={icon}
        block={block}
        aria-label={t('webhooks.actionLabel', { action, url: w.url })}
        onClick={onClick}
      >
        {action}
      </Button>
    );
    return [
      button(t('webhooks.deliveries.open'), <UnorderedListOutlined />, () => setLogOf(w)),
      button(t('webhooks.edit'), <EditOutlined />, () => setEditing(w)),
      w.enabled
        ? button(t('webhooks.pause'), <PauseCircleOutlined />, () => toggle(w))
        : button(t('webhooks.resume'), <PlayCircleOutlined />, () => toggle(w)),
      button(t('webhooks.rotate'), <KeyOutlined />, () => newSecret(w)),
      button(t('common.delete'), <DeleteOutlined />, () => del(w), true),
    ];
  };

  const columns: TableProps<Webhook>['columns'] = [
    {
      key: 'url',
      title: t('webhooks.url'),
      render: (_, w) => (
        <>
          <Typography.Text strong style={{ wordBreak: 'break-all' }}>
            {w.url}
          </Typography.Text>
          {w.description && <div>{w.description}</div>}
        </>
      ),
    },
    { key: 'events', title: t('webhooks.events'), render: (_, w) => <EventTags webhook={w} />, width: 200 },
    { key: 'status', title: t('webhooks.status'), render: (_, w) => <WebhookStatus webhook={w} />, width: 110 },
    { key: 'added', title: t('webhooks.added'), render: (_, w) => added(w), width: 190 },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, w) => (
        <Flex wrap gap={4}>
          {actions(w)}
        </Flex>
      ),
      width: 260,
    },
  ];

  const addButton = (label: string) => (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
      {label}
    </Button>
  );

  let body;
  if (webhooks.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (webhooks.isError)
    body = <ErrorState title={t('webhooks.loadFailed')} error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  else if (items.length === 0)
    body = (
      <Empty description={t('webhooks.empty')} data-testid="webhooks-empty">
        {addButton(t('webhooks.createTitle'))}
      </Empty>
    );
  else if (phone)
    body = (
      <>
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((w) => (
            <li key={w.id} data-testid="webhook" data-url={w.url}>
              <Card size="small">
                <Flex justify="space-between" align="start" gap={8} style={{ marginBottom: 8 }}>
                  <Typography.Text strong style={{ wordBreak: 'break-all', minWidth: 0 }}>
                    {w.url}
                  </Typography.Text>
                  <WebhookStatus webhook={w} />
                </Flex>
                {w.description && <Typography.Paragraph style={{ marginBottom: 8 }}>{w.description}</Typography.Paragraph>}
                <div style={{ marginBottom: 8 }}>
                  <EventTags webhook={w} />
                </div>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {t('webhooks.added')}：{added(w)}
                </Typography.Paragraph>
                <Flex wrap gap={8}>
                  {actions(w)}
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} hideOnSinglePage />
      </>
    );
  else
    body = (
      <ScrollRegion label={t('webhooks.title')}>
        <Table<Webhook>
          rowKey="id"
          columns={columns}
          dataSource={items}
          loading={webhooks.isPlaceholderData}
          onRow={(w) => ({ 'data-testid': 'webhook', 'data-url': w.url }) as React.HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        />
      </ScrollRegion>
    );

  return (
    <section aria-labelledby="webhooks-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <div>
          <Typography.Title level={1} id="webhooks-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {t('webhooks.title')}
          </Typography.Title>
          {webhooks.data && total > 0 && (
            <Typography.Text type="secondary" data-testid="webhook-total">
              {t('webhooks.total', { count: total })}
            </Typography.Text>
          )}
        </div>
        {addButton(t('webhooks.create'))}
      </Flex>
      <Typography.Paragraph type="secondary">{t('webhooks.hint')}</Typography.Paragraph>
      {alert}
      {body}
      {editing !== null && (
        <WebhookForm
          key={editing === 'new' ? 'new' : editing.id}
          webhook={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={setSecret}
        />
      )}
      {secret && <WebhookSecretModal secret={secret} onClose={() => setSecret(null)} />}
      <WebhookDeliveries webhook={logOf} onClose={() => setLogOf(null)} />
    </section>
  );
}
