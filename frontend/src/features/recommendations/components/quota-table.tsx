import { Button, Card, Empty, Flex, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDate } from '@/lib/format';
import type { Quota } from '../api/keys';
import { QuotaModal } from './quota-modal';

/**
 * The quotas (名额) of the organisations right below the campaign's: per title, the deadline, and how many each
 * recommended and had accepted; ADMIN sets each one. A table on a desk, cards on a phone.
 */
export function QuotaTable({
  campaignId,
  quotas,
  canManage,
  loading,
  onReload,
}: {
  campaignId: number;
  quotas: Quota[];
  canManage: boolean;
  loading: boolean;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [editing, setEditing] = useState<number | null>(null);
  // The row read last, so that a reload after a stale version hands the modal the new version.
  const edited = quotas.find((q) => q.organisation.id === editing);

  const amount = (value: number | null) => (value == null ? t('recommendations.quota.notAllotted') : String(value));
  const dueOn = (q: Quota) => (q.dueOn ? formatDate(q.dueOn) : t('common.none'));
  const use = (q: Quota) => t('recommendations.quota.useLine', { used: q.grassrootsUsed + q.localUsed, accepted: q.accepted });
  const edit = (q: Quota) =>
    canManage && (
      <Button
        aria-label={`${t('recommendations.quota.edit')} ${q.organisation.name}`}
        data-testid={`quota-edit-${q.organisation.id}`}
        onClick={() => setEditing(q.organisation.id)}
      >
        {t('recommendations.quota.edit')}
      </Button>
    );

  let body;
  if (quotas.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recommendations.quota.empty')} />;
  else if (phone)
    body = (
      <Flex
        vertical
        gap={8}
        component="ul"
        aria-label={t('recommendations.quota.listLabel')}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {quotas.map((q) => (
          <li key={q.organisation.id} data-testid="quota">
            <Card size="small">
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {q.organisation.name}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                {t('recommendations.quota.cardLine', { grassroots: amount(q.grassroots), local: amount(q.local), dueOn: dueOn(q) })}
                <br />
                {use(q)}
              </Typography.Paragraph>
              {edit(q)}
            </Card>
          </li>
        ))}
      </Flex>
    );
  else {
    const columns: TableProps<Quota>['columns'] = [
      { key: 'organisation', title: t('recommendations.quota.organisation'), render: (_, q) => q.organisation.name },
      { key: 'grassroots', title: t('recommendations.quota.grassroots'), render: (_, q) => amount(q.grassroots) },
      { key: 'local', title: t('recommendations.quota.local'), render: (_, q) => amount(q.local) },
      { key: 'dueOn', title: t('recommendations.quota.dueOn'), render: (_, q) => dueOn(q) },
      { key: 'use', title: t('recommendations.quota.use'), render: (_, q) => `${q.grassrootsUsed + q.localUsed} / ${q.accepted}` },
      ...(canManage ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, q: Quota) => edit(q) }] : []),
    ];
    body = (
      <ScrollRegion label={t('recommendations.quota.listLabel')}>
        <Table<Quota>
          size="small"
          rowKey={(q) => q.organisation.id}
          columns={columns}
          dataSource={quotas}
          loading={loading}
          pagination={false}
        />
      </ScrollRegion>
    );
  }

  return (
    <>
      {body}
      {edited && <QuotaModal campaignId={campaignId} quota={edited} onReload={onReload} onClose={() => setEditing(null)} />}
    </>
  );
}
