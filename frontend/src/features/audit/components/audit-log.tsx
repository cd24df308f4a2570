import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Skeleton, Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { StatusTag } from '@/components/status-tag';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useAuditEvents, type AuditEvent } from '../api/get-audit-events';
import { AuditFilters } from './audit-filters';
import { PAGE_SIZE, useAuditParams } from './use-audit-params';
import { PhonePager } from '@/components/phone-pager';

function Outcome({ status }: { status?: number }) {
  const { t } = useTranslation();
  const ok = (status ?? 0) < 400;
  return (
    <StatusTag tone={ok ? 'ok' : 'bad'} icon={ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />}>
      {ok ? t('audit.outcomeOk') : t('audit.outcomeFailed')} {status}
    </StatusTag>
  );
}

/** Read-only audit log for auditors and committee staff: filters, newest first, paged. */
export function AuditLog() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { filters, page, query, setFilters, setPage } = useAuditParams();
  const events = useAuditEvents(query);
  const items = events.data?.items ?? [];
  const total = events.data?.total ?? 0;
  const time = (e: AuditEvent) => dayjs(e.occurredAt).format('YYYY-MM-DD HH:mm:ss');
  const action = (e: AuditEvent) => t(`audit.actionName.${e.action}`, { defaultValue: e.action });
  const entity = (e: AuditEvent) => [e.entityType, e.entityId].filter(Boolean).join(' #');

  const columns: TableProps<AuditEvent>['columns'] = [
    { key: 'time', title: t('audit.time'), render: (_, e) => time(e), width: 170 },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, e) => `${e.actor}（${t(`audit.kind.${e.actorKind}`)}）`,
    },
    {
      key: 'organisation',
      title: t('organisations.belongsTo'),
      render: (_, e) => e.organisation?.name ?? t('common.none'),
    },
    { key: 'action', title: t('audit.action'), render: (_, e) => action(e) },
    { key: 'entity', title: t('audit.entityType'), render: (_, e) => entity(e) || t('common.none') },
    { key: 'outcome', title: t('audit.outcome'), render: (_, e) => <Outcome status={e.outcome} /> },
    { key: 'path', title: t('audit.path'), render: (_, e) => (e.method ? `${e.method} ${e.path ?? ''}` : (e.path ?? '')) },
    { key: 'fields', title: t('audit.fields'), render: (_, e) => e.changedFields.join(', ') },
    { key: 'address', dataIndex: 'remoteAddress', title: t('audit.address') },
  ];

  let body;
  if (events.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (events.isError) body = <ErrorState title={t('audit.loadFailed')} error={events.error} onRetry={() => void events.refetch()} />;
  else if (items.length === 0) body = <Empty description={t('audit.empty')} />;
  else if (phone)
    body = (
      <>
        <Flex vertical gap={12}>
          {items.map((e) => (
            <Card key={e.id} size="small" title={`${action(e)} · ${e.actor}`}>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{time(e)}</Typography.Paragraph>
              {entity(e) && <Typography.Paragraph style={{ marginBottom: 4 }}>{entity(e)}</Typography.Paragraph>}
              <Outcome status={e.outcome} />
            </Card>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
      </>
    );
  else
    body = (
      <ScrollRegion label={t('audit.title')}>
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={events.isFetching}
          pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }}
        />
      </ScrollRegion>
    );

  return (
    <section aria-labelledby="audit-title">
      <Typography.Title level={1} id="audit-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('audit.hint')}
        {events.data && <span data-testid="audit-total"> {t('audit.listHint', { count: total })}</span>}
      </Typography.Paragraph>
      <AuditFilters value={filters} onChange={setFilters} />
      {body}
    </section>
  );
}
