import { CheckCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Segmented, Skeleton, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { paths } from '@/config/paths';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDate, formatDateTime } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { useAdoptions, type Adoption } from '../api/get-adoptions';
import { CampaignStatusTag } from './campaign-status-tag';
import { PhonePager } from '@/components/phone-pager';

export const ADOPTIONS_PAGE_SIZE = 20;

type Filter = 'all' | 'yes' | 'no';

/** The filter and page live in the address (`adopted`, `page`) beside the tab, so a link or reload keeps them. */
function useAdoptionParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('adopted');
  const adopted = raw === 'true' ? true : raw === 'false' ? false : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (nextAdopted: boolean | undefined, nextPage: number) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        out.delete('adopted');
        out.delete('page');
        if (nextAdopted !== undefined) out.set('adopted', String(nextAdopted));
        if (nextPage > 1) out.set('page', String(nextPage));
        return out;
      },
      { replace: true },
    );
  return {
    adopted,
    page,
    setAdopted: (next: boolean | undefined) => update(next, 1),
    setPage: (next: number) => update(adopted, next),
  };
}

const LOOK = {
  yes: { color: '#1d5c08', background: '#eef8e8', borderColor: '#9fcf86' },
  no: { color: '#3d4650', background: '#eef0f3', borderColor: '#b8bec6' },
};

/** Whether the organisation below has drawn up its plan, in words with an icon, never by colour alone. */
function AdoptionTag({ adopted }: { adopted: boolean }) {
  const { t } = useTranslation();
  return adopted ? (
    <Tag icon={<CheckCircleOutlined aria-hidden />} style={LOOK.yes}>
      {t('campaigns.adoptions.adoptedTag')}
    </Tag>
  ) : (
    <Tag icon={<MinusCircleOutlined aria-hidden />} style={LOOK.no}>
      {t('campaigns.adoptions.notAdoptedTag')}
    </Tag>
  );
}

/**
 * Which organisations right below the campaign's adopted it as their plan (下级采纳): how many did, filtered by
 * adopted or not; a table on a desk, cards on a phone. Someone of an organisation below the campaign's is told it is
 * not theirs to see (the API answers 404).
 */
export function AdoptionsPanel({
  campaignId,
  detailHref = (id) => paths.campaign.href(id),
}: {
  campaignId: number;
  detailHref?: (id: number) => string;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { adopted, page, setAdopted, setPage } = useAdoptionParams();
  const adoptions = useAdoptions(campaignId, { adopted, page, size: ADOPTIONS_PAGE_SIZE, sort: 'name' });

  if (adoptions.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (adoptions.isError) {
    if (adoptions.error instanceof ApiError && adoptions.error.status === 404)
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaigns.adoptions.notShown')} />;
    return <ErrorState title={t('campaigns.adoptions.loadFailed')} error={adoptions.error} onRetry={() => void adoptions.refetch()} />;
  }
  const { items, total, children, adopted: adoptedCount } = adoptions.data;
  if (children === 0) return <Empty description={t('campaigns.adoptions.noChildren')} />;

  const filter: Filter = adopted === undefined ? 'all' : adopted ? 'yes' : 'no';
  const dates = (a: Adoption) =>
    a.startsOn && a.endsOn ? t('campaigns.phase.range', { from: formatDate(a.startsOn), to: formatDate(a.endsOn) }) : t('common.none');
  const planLink = (a: Adoption, style?: React.CSSProperties) =>
    a.campaignId ? (
      <Link to={detailHref(a.campaignId)} style={style}>
        {a.title ?? a.organisation.name}
      </Link>
    ) : (
      t('common.none')
    );

  let body;
  if (items.length === 0)
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={adopted ? t('campaigns.adoptions.noneAdopted') : t('campaigns.adoptions.allAdopted')}
      />
    );
  else if (phone)
    body = (
      <>
        <Flex
          vertical
          gap={12}
          component="ul"
          aria-label={t('campaigns.adoptions.listLabel')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((a) => (
            <li key={a.organisation.id} data-testid="adoption">
              <Card size="small">
                <Typography.Text strong style={{ fontSize: '1.1em', overflowWrap: 'anywhere' }}>
                  {a.organisation.name}
                </Typography.Text>
                <Flex wrap gap={8} align="center" style={{ marginTop: 4 }}>
                  <AdoptionTag adopted={a.adopted} />
                  {a.adopted && <CampaignStatusTag status={a.status ?? undefined} />}
                </Flex>
                {a.adopted && (
                  <>
                    {planLink(a, { display: 'flex', alignItems: 'center', minHeight: 44, overflowWrap: 'anywhere' })}
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                      {[
                        a.documentNumber && t('campaigns.documentNumber', { value: a.documentNumber }),
                        dates(a),
                        a.adoptedAt && t('campaigns.adoptions.adoptedAtLine', { value: formatDateTime(a.adoptedAt) }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Paragraph>
                  </>
                )}
              </Card>
            </li>
          ))}
        </Flex>
        {total > ADOPTIONS_PAGE_SIZE && <PhonePager page={page} pageSize={ADOPTIONS_PAGE_SIZE} total={total} onChange={setPage} />}
      </>
    );
  else {
    const columns: TableProps<Adoption>['columns'] = [
      { key: 'organisation', title: t('campaigns.adoptions.organisation'), render: (_, a) => a.organisation.name },
      { key: 'state', title: t('campaigns.adoptions.state'), render: (_, a) => <AdoptionTag adopted={a.adopted} /> },
      {
        key: 'plan',
        title: t('campaigns.adoptions.plan'),
        render: (_, a) =>
          a.adopted ? (
            <Flex wrap gap={8} align="center">
              {planLink(a)}
              <CampaignStatusTag status={a.status ?? undefined} />
            </Flex>
          ) : (
            t('common.none')
          ),
      },
      { key: 'documentNumber', title: t('campaigns.adoptions.documentNumber'), render: (_, a) => a.documentNumber ?? t('common.none') },
      { key: 'dates', title: t('campaigns.adoptions.dates'), render: (_, a) => (a.adopted ? dates(a) : t('common.none')) },
      {
        key: 'adoptedAt',
        title: t('campaigns.adoptions.adoptedAt'),
        render: (_, a) => (a.adoptedAt ? formatDateTime(a.adoptedAt) : t('common.none')),
      },
    ];
    body = (
      <ScrollRegion label={t('campaigns.adoptions.listLabel')}>
        <Table<Adoption>
          rowKey={(a) => a.organisation.id}
          columns={columns}
          dataSource={items}
          loading={adoptions.isFetching}
          pagination={{
            current: page,
            pageSize: ADOPTIONS_PAGE_SIZE,
            total,
            onChange: setPage,
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
        />
      </ScrollRegion>
    );
  }

  return (
    <Flex vertical gap={12} aria-busy={adoptions.isFetching} data-testid="adoptions">
      <div>
        <Typography.Text strong style={{ fontSize: '1.15em' }} data-testid="adoptions-summary">
          {t('campaigns.adoptions.summary', { adopted: adoptedCount, children })}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">{t('campaigns.adoptions.summaryHint', { adopted: adoptedCount, children })}</Typography.Text>
      </div>
      <Segmented<Filter>
        aria-label={t('campaigns.adoptions.filter')}
        value={filter}
        onChange={(value) => setAdopted(value === 'all' ? undefined : value === 'yes')}
        options={[
          { value: 'all', label: t('campaigns.adoptions.all') },
          { value: 'yes', label: t('campaigns.adoptions.adopted') },
          { value: 'no', label: t('campaigns.adoptions.notAdopted') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {body}
    </Flex>
  );
}
