import { Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Table, Typography, type TableProps } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DownloadButton } from '@/components/download-button';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useOrganisationRollup, type RollupRow } from '../api/get-organisation-rollup';
import type { Organisation } from '../api/get-organisations';
import { mayHaveChildren } from './levels';
import { ROLLUP_PAGE_SIZE, useRollupParams, yearsOffered } from './use-rollup-params';
import { PhonePager } from '@/components/phone-pager';

type Props = { organisation: Organisation; href: (id: number) => string };

/** The spreadsheet of the roll-up, of the year shown. */
function rollupPath(id: number, year: number | undefined): string {
  return `/api/v1/exports/organisations/${id}/rollup.xlsx${year ? `?year=${year}` : ''}`;
}

/**
 * The roll-up (汇总) of an organisation: what its whole subtree holds and has done (branches, campaigns, branches
 * taking part, deliverables), of one year or all, then the same for each organisation directly under it, each name a
 * way down the tree. A table on a desk, cards on a phone; the same as a spreadsheet. Administrators and leaders only.
 */
export function OrganisationRollup({ organisation: o, href }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { year, page, setYear, setPage } = useRollupParams();
  const rollup = useOrganisationRollup(o.id, { year, page, size: ROLLUP_PAGE_SIZE, sort: 'name' });
  // A step down keeps the year looked at.
  const downHref = (id: number) => `${href(id)}${year ? `?year=${year}` : ''}`;

  let body;
  if (rollup.isPending) body = <Skeleton active paragraph={{ rows: 5 }} />;
  else if (rollup.isError)
    body = <ErrorState title={t('organisations.rollup.loadFailed')} error={rollup.error} onRetry={() => void rollup.refetch()} />;
  else {
    const { items, total, overall } = rollup.data;
    let children;
    // A county committee has nothing below it: its own figures are all there is.
    if (!mayHaveChildren(o.level)) children = null;
    else if (items.length === 0)
      children = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organisations.rollup.noChildren')} />;
    else
      children = (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('organisations.rollup.childrenHint')}
          </Typography.Paragraph>
          <RollupChildren
            rows={items}
            total={total}
            page={page}
            setPage={setPage}
            href={downHref}
            loading={rollup.isFetching}
            label={t('organisations.rollup.childrenLabel', { name: o.name })}
          />
        </>
      );
    body = (
      <>
        <Overall row={overall} busy={rollup.isPlaceholderData} withChildren={mayHaveChildren(o.level)} />
        {children}
      </>
    );
  }

  return (
    <section aria-labelledby={titleId} aria-busy={rollup.isFetching} data-testid="organisation-rollup">
      <Card
        title={
          <Typography.Title level={2} id={titleId} style={{ fontSize: '1.15em', margin: 0 }}>
            {t('organisations.rollup.title')}
          </Typography.Title>
        }
      >
        <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 16 }}>
          <Select<number | ''>
            aria-label={t('organisations.rollup.year')}
            value={year ?? ''}
            onChange={(y) => setYear(y === '' ? undefined : y)}
            options={[
              { value: '', label: t('organisations.rollup.allYears') },
              ...yearsOffered(new Date().getFullYear(), year).map((y) => ({
                value: y,
                label: t('organisations.rollup.yearOption', { year: y }),
              })),
            ]}
            prefix={`${t('organisations.rollup.year')}:`}
            style={{ flex: '0 1 220px', minWidth: 160 }}
          />
          <DownloadButton path={rollupPath(o.id, year)}>{t('common.exportXlsx')}</DownloadButton>
        </Flex>
        {body}
      </Card>
    </section>
  );
}

/** The organisation's own subtree in total: four figures with what they are made of. */
function Overall({ row, busy, withChildren }: { row: RollupRow; busy: boolean; withChildren: boolean }) {
  const { t } = useTranslation();
  const figures = [
    {
      key: 'branches',
      title: t('organisations.rollup.branches'),
      value: row.branches,
      detail: t('organisations.rollup.branchesDetail', { active: row.activeBranches }),
    },
    {
      key: 'campaigns',
      title: t('organisations.rollup.campaigns'),
      value: row.campaigns,
      detail: t('organisations.rollup.campaignsDetail', {
        plans: row.plans,
        underWay: row.campaignsUnderWay,
        published: row.resultsPublished,
      }),
    },
    {
      key: 'participations',
      title: t('organisations.rollup.participations'),
      value: row.participations,
      detail: t('organisations.rollup.participationsDetail'),
    },
    {
      key: 'deliverables',
      title: t('organisations.rollup.deliverablesSubmitted'),
      value: row.deliverablesSubmitted,
      detail: t('organisations.rollup.deliverablesDetail', { accepted: row.deliverablesAccepted, returned: row.deliverablesReturned }),
    },
  ];
  return (
    <div data-testid="rollup-overall">
      <Typography.Paragraph type="secondary">
        {t(withChildren ? 'organisations.rollup.overallHint' : 'organisations.rollup.ownHint', { name: row.organisation.name })}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={6}>
            <Card size="small" style={{ height: '100%' }} data-testid={`rollup-overall-${f.key}`} data-value={f.value}>
              <Statistic title={f.title} value={f.value} loading={busy} />
              <Typography.Text type="secondary">{f.detail}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}

type ChildrenProps = {
  rows: RollupRow[];
  total: number;
  page: number;
  setPage: (page: number) => void;
  href: (id: number) => string;
  loading: boolean;
  label: string;
};

/** Each organisation directly under this one with its subtree's figures. */
function RollupChildren({ rows, total, page, setPage, href, loading, label }: ChildrenProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();

  if (phone)
    return (
      <>
        <Flex vertical gap={12} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((r) => (
            <li key={r.organisation.id}>
              <Card size="small">
                <Link to={href(r.organisation.id)} style={{ display: 'block', minHeight: 44, fontSize: '1.1em' }}>
                  <strong>{r.organisation.name}</strong>
                </Link>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  {t('organisations.rollup.branchesLine', { branches: r.branches, active: r.activeBranches })}
                </Typography.Paragraph>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  {t('organisations.rollup.campaignsLine', {
                    campaigns: r.campaigns,
                    plans: r.plans,
                    underWay: r.campaignsUnderWay,
                    published: r.resultsPublished,
                  })}
                  {' · '}
                  {t('organisations.rollup.participationsLine', { count: r.participations })}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {t('organisations.rollup.deliverablesLine', {
                    submitted: r.deliverablesSubmitted,
                    accepted: r.deliverablesAccepted,
                    returned: r.deliverablesReturned,
                  })}
                </Typography.Text>
                {r.quota > 0 && (
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {t('organisations.rollup.recommendationsLine', { recommended: r.recommended, quota: r.quota })}
                  </Typography.Paragraph>
                )}
              </Card>
            </li>
          ))}
        </Flex>
        {total > ROLLUP_PAGE_SIZE && <PhonePager page={page} pageSize={ROLLUP_PAGE_SIZE} total={total} onChange={setPage} />}
      </>
    );

  const figure = (key: keyof Omit<RollupRow, 'organisation'>, title: string): NonNullable<TableProps<RollupRow>['columns']>[number] => ({
    key,
    dataIndex: key,
    title,
    align: 'right',
  });
  const columns: TableProps<RollupRow>['columns'] = [
    {
      key: 'name',
      title: t('organisations.field.name'),
      render: (_, r) => <Link to={href(r.organisation.id)}>{r.organisation.name}</Link>,
    },
    {
      key: 'branchGroup',
      title: t('organisations.rollup.branches'),
      children: [figure('branches', t('organisations.rollup.total')), figure('activeBranches', t('organisations.rollup.activeBranches'))],
    },
    {
      key: 'campaignGroup',
      title: t('organisations.rollup.campaigns'),
      children: [
        figure('campaigns', t('organisations.rollup.total')),
        figure('plans', t('organisations.rollup.plans')),
        figure('campaignsUnderWay', t('organisations.rollup.campaignsUnderWay')),
        figure('resultsPublished', t('organisations.rollup.resultsPublished')),
      ],
    },
    figure('participations', t('organisations.rollup.participations')),
    {
      key: 'deliverableGroup',
      title: t('organisations.rollup.deliverables'),
      children: [
        figure('deliverablesSubmitted', t('organisations.rollup.submitted')),
        figure('deliverablesAccepted', t('organisations.rollup.accepted')),
        figure('deliverablesReturned', t('organisations.rollup.returned')),
      ],
    },
    {
      key: 'recommendationGroup',
      title: t('organisations.rollup.recommendations'),
      children: [figure('quota', t('organisations.rollup.quota')), figure('recommended', t('organisations.rollup.recommended'))],
    },
  ];
  return (
    <ScrollRegion label={label}>
      <Table<RollupRow>
        rowKey={(r) => r.organisation.id}
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={{ current: page, pageSize: ROLLUP_PAGE_SIZE, total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
      />
    </ScrollRegion>
  );
}
