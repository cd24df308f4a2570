import { CheckCircleOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Modal, Skeleton, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/copy-field';
import { StatusTag } from '@/components/status-tag';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { problemMessage } from '@/lib/problem';
import type { ApiClientCredentials } from '../api/create-api-client';
import { useDisableApiClient } from '../api/disable-api-client';
import { useApiClients, type ApiClient } from '../api/get-api-clients';
import { useBranchOptions } from '../api/get-branch-options';
import { ApiClientForm } from './api-client-form';
import { useApp } from '@/components/antd-scope';

function ClientStatus({ client }: { client: ApiClient }) {
  const { t } = useTranslation();
  return client.enabled ? (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('apiClients.enabled')}
    </StatusTag>
  ) : (
    <StatusTag tone="off" icon={<StopOutlined />}>
      {t('apiClients.revoked')}
    </StatusTag>
  );
}

/** Registered API clients: register one (its secret shown once), revoke one. */
export function ApiClientList() {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const phone = useIsPhone();
  const [page, setPage] = useState(1);
  const clients = useApiClients(page);
  const branches = useBranchOptions().data ?? [];
  const revoke = useDisableApiClient();
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<ApiClientCredentials | null>(null);
  const scopeLabel = (c: ApiClient) => c.scopes.map((s) => t(`apiClients.scope.${s}`, { defaultValue: s })).join('、');

  const confirmRevoke = (c: ApiClient) =>
    modal.confirm({
      title: t('apiClients.revoke'),
      content: t('apiClients.revokeConfirm', { name: c.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await revoke.mutateAsync({ id: c.id, version: c.version });
          void message.success(t('apiClients.revokedDone', { name: c.name }));
        } catch (error) {
          void message.error(problemMessage(error, t));
        }
      },
    });

  const revokeButton = (c: ApiClient) =>
    c.enabled && (
      <Button danger type={phone ? 'default' : 'link'} onClick={() => confirmRevoke(c)} aria-label={`${t('apiClients.revoke')} ${c.name}`}>
        {t('apiClients.revoke')}
      </Button>
    );

  const columns: TableProps<ApiClient>['columns'] = [
    { key: 'name', dataIndex: 'name', title: t('apiClients.name') },
    { key: 'clientId', dataIndex: 'clientId', title: t('apiClients.clientId') },
    { key: 'scopes', title: t('apiClients.scopes'), render: (_, c) => scopeLabel(c) },
    { key: 'status', title: t('apiClients.status'), render: (_, c) => <ClientStatus client={c} /> },
    { key: 'createdAt', title: t('apiClients.createdAt'), render: (_, c) => dayjs(c.createdAt).format('YYYY-MM-DD HH:mm') },
    { key: 'actions', title: t('common.actions'), render: (_, c) => revokeButton(c) },
  ];

  const items = clients.data?.items ?? [];
  let body;
  if (clients.isPending) body = <Skeleton active />;
  else if (clients.isError)
    body = <ErrorState title={t('apiClients.loadFailed')} error={clients.error} onRetry={() => void clients.refetch()} />;
  else if (items.length === 0) body = <Empty description={t('apiClients.empty')} />;
  else if (phone)
    body = (
      <Flex vertical gap={12}>
        {items.map((c) => (
          <Card key={c.id} size="small" title={c.name}>
            <Typography.Paragraph style={{ marginBottom: 4, wordBreak: 'break-all' }}>{c.clientId}</Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{scopeLabel(c)}</Typography.Paragraph>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <ClientStatus client={c} />
              {revokeButton(c)}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  else
    body = (
      <Table<ApiClient>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={clients.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: clients.data.total, onChange: setPage, showSizeChanger: false }}
      />
    );

  return (
    <section aria-labelledby="clients-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={1} id="clients-title" style={{ fontSize: '1.5em', margin: 0 }}>
          {t('apiClients.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)}>
          {t('apiClients.create')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t('apiClients.hint')}</Typography.Paragraph>
      {body}
      <ApiClientForm open={formOpen} branches={branches} onClose={() => setFormOpen(false)} onCreated={setCreated} />
      <Modal
        open={created !== null}
        title={t('apiClients.secretTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('common.close')}
          </Button>
        }
        maskClosable={false}
      >
        <Typography.Paragraph strong>{t('apiClients.secretHint')}</Typography.Paragraph>
        <Typography.Text>{t('apiClients.clientId')}</Typography.Text>
        <div style={{ margin: '4px 0 12px' }}>
          <CopyField value={created?.clientId ?? ''} label={t('apiClients.clientId')} testId="client-id" />
        </div>
        <Typography.Text>{t('apiClients.secret')}</Typography.Text>
        <div style={{ marginTop: 4 }}>
          <CopyField value={created?.clientSecret ?? ''} label={t('apiClients.secret')} testId="client-secret" />
        </div>
      </Modal>
    </section>
  );
}
