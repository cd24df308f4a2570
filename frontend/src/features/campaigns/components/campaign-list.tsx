import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, InputNumber, Select, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { CAMPAIGN_STATUSES, useCampaigns, type Campaign, type CampaignStatus } from '../api/get-campaigns';
import { AdoptableCampaigns } from './adoptable-campaigns';
import { CampaignStatusTag } from './campaign-status-tag';
import { CreateCampaignDrawer } from './create-campaign-drawer';
import { PhonePager } from '@/components/phone-pager';

const PAGE_SIZE = 20;

/** Status, year and page live in the address, so a link or reload keeps them. */
function useCampaignListParams() {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status = CAMPAIGN_STATUSES.includes(rawStatus as CampaignStatus) ? (rawStatus as CampaignStatus) : undefined;
  const yearNumber = Number(params.get('year'));
  const year = yearNumber >= 2000 && yearNumber <= 2100 ? yearNumber : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (next: { status?: CampaignStatus; year?: number; page?: number }) => {
    const out = new URLSearchParams();
    if (next.status) out.set('status', next.status);
    if (next.year) out.set('year', String(next.year));
    if (next.page && next.page > 1) out.set('page', String(next.page));
    setParams(out, { replace: true });
  };
  return { status, year, page, update };
}

/**
 * Campaigns: filter by status and year; a table on a desk, cards on a phone. Staff start a new one from scratch, and
 * see above the list the campaigns launched by the organisation above, to adopt as their own plan (实施方案).
 */
export function CampaignList({
  detailHref,
  canCreate = false,
  onCreated,
  canSeeAdoptable = false,
  canAdopt = false,
  onAdopted,
}: {
  detailHref: (id: number) => string;
  canCreate?: boolean;
  onCreated?: (campaign: Campaign) => void;
  canSeeAdoptable?: boolean;
  canAdopt?: boolean;
  onAdopted?: (plan: Campaign) => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [creating, setCreating] = useState(false);
  const { status, year, page, update } = useCampaignListParams();
  const campaigns = useCampaigns({ status, year, page, size: PAGE_SIZE, sort: '-year' });
  const items = campaigns.data?.items ?? [];
  const total = campaigns.data?.total ?? 0;

  let body;
  if (campaigns.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (campaigns.isError)
    body = <ErrorState title={t('campaigns.loadFailed')} error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  else if (items.length === 0) body = <Empty description={t('campaigns.empty')} />;
  else if (phone)
    body = (
      <>
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((c) => (
            <li key={c.id}>
              <Card size="small">
                <Link to={detailHref(c.id)} style={{ display: 'block', minHeight: 44, fontSize: '1.1em' }}>
                  <strong>{c.title}</strong>
                </Link>
                <Flex wrap gap={8} align="center">
                  <CampaignStatusTag status={c.status} />
                  <Typography.Text type="secondary">
                    {c.year} · {t('campaigns.participantsCount', { count: c.participantCount })} · {c.organisation.name}
                  </Typography.Text>
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={(p) => update({ status, year, page: p })} />
      </>
    );
  else
    body = (
      <Table<Campaign>
        rowKey="id"
        dataSource={items}
        loading={campaigns.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          showSizeChanger: false,
          onChange: (p) => update({ status, year, page: p }),
        }}
        columns={[
          { title: t('campaigns.year'), dataIndex: 'year', width: 90 },
          {
            title: t('campaigns.colTitle'),
            dataIndex: 'title',
            render: (title: string, c) => <Link to={detailHref(c.id)}>{title}</Link>,
          },
          { key: 'organisation', title: t('organisations.belongsTo'), render: (_, c) => c.organisation.name },
          {
            title: t('campaigns.statusFilter'),
            dataIndex: 'status',
            width: 120,
            render: (s: CampaignStatus) => <CampaignStatusTag status={s} />,
          },
          {
            title: t('campaigns.colParticipants'),
            dataIndex: 'participantCount',
            width: 110,
            render: (n: number | undefined) => t('campaigns.participantsCount', { count: n ?? 0 }),
          },
        ]}
      />
    );

  return (
    <section aria-labelledby="campaigns-title">
      <Flex justify="space-between" align="flex-start" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} id="campaigns-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {t('campaigns.title')}
          </Typography.Title>
          {campaigns.data && (
            <Typography.Text type="secondary" data-testid="campaign-total">
              {t('campaigns.listHint', { count: total })}
            </Typography.Text>
          )}
        </div>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('campaigns.create')}
          </Button>
        )}
      </Flex>
      {canSeeAdoptable && <AdoptableCampaigns detailHref={detailHref} canAdopt={canAdopt} onAdopted={(plan) => onAdopted?.(plan)} />}
      <Flex wrap gap={8} role="search" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('campaigns.statusFilter')}
          value={status ?? ''}
          onChange={(s) => update({ status: (s || undefined) as CampaignStatus | undefined, year })}
          options={[
            { value: '', label: t('common.all') },
            ...CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaigns.status.${s}`) })),
          ]}
          prefix={`${t('campaigns.statusFilter')}:`}
          style={{ flex: '1 1 160px' }}
        />
        <InputNumber<number>
          aria-label={t('campaigns.year')}
          placeholder={t('campaigns.yearAll')}
          min={2000}
          max={2100}
          value={year ?? null}
          onChange={(y) => update({ status, year: y && y >= 2000 && y <= 2100 ? y : undefined })}
          style={{ flex: '1 1 160px', minHeight: 44 }}
        />
      </Flex>
      {body}
      {creating && (
        <CreateCampaignDrawer
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            onCreated?.(c);
          }}
        />
      )}
    </section>
  );
}
