import { Card, Empty, Flex, Input, Skeleton, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useOrganisations, type Organisation } from '../api/get-organisations';
import { mayHaveChildren } from './levels';
import { PAGE_SIZE, useChildrenParams } from './use-children-params';
import { PhonePager } from '@/components/phone-pager';

type Props = { parent: Organisation; href: (id: number) => string };

/** The organisations directly under `parent`: searchable and paged; a table on a desk, cards on a phone. */
export function OrganisationChildren({ parent, href }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { q, page, setQ, setPage } = useChildrenParams();
  const children = useOrganisations({ parentId: parent.id, q: q || undefined, page, size: PAGE_SIZE, sort: 'name' });
  const items = children.data?.items ?? [];
  const total = children.data?.total ?? 0;
  const count = (n: number) => t('organisations.count', { count: n });

  let body;
  if (children.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (children.isError)
    body = <ErrorState title={t('organisations.loadFailed')} error={children.error} onRetry={() => void children.refetch()} />;
  else if (items.length === 0)
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          q ? t('organisations.noMatch') : mayHaveChildren(parent.level) ? t('organisations.noChildren') : t('organisations.lowest')
        }
      />
    );
  else if (phone)
    body = (
      <>
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((o) => (
            <li key={o.id}>
              <Card size="small">
                <Link to={href(o.id)} style={{ display: 'block', minHeight: 44, fontSize: '1.1em' }}>
                  <strong>{o.name}</strong>
                </Link>
                <Typography.Text type="secondary">
                  {t(`organisations.level.${o.level}`)} · {o.code} · {t('organisations.field.childCount')} {count(o.childCount)} ·{' '}
                  {t('organisations.field.branchCount')} {count(o.branchCount)}
                </Typography.Text>
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
      </>
    );
  else {
    const columns: TableProps<Organisation>['columns'] = [
      {
        key: 'name',
        title: t('organisations.field.name'),
        render: (_, o) => <Link to={href(o.id)}>{o.name}</Link>,
      },
      { key: 'level', title: t('organisations.field.level'), render: (_, o) => t(`organisations.level.${o.level}`) },
      { key: 'code', dataIndex: 'code', title: t('organisations.field.code') },
      { key: 'childCount', title: t('organisations.field.childCount'), align: 'right', render: (_, o) => count(o.childCount) },
      { key: 'branchCount', title: t('organisations.field.branchCount'), align: 'right', render: (_, o) => count(o.branchCount) },
    ];
    body = (
      <Table<Organisation>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={children.isFetching}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    );
  }

  return (
    <>
      {(parent.childCount > 0 || q) && (
        <Flex wrap gap={8} role="search" align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('common.search')}
            placeholder={t('organisations.searchPlaceholder')}
            allowClear
            key={q}
            defaultValue={q}
            onChange={(e) => {
              if (e.target.value === '' && q) setQ('');
            }}
            onSearch={(text) => setQ(text.trim())}
            enterButton={t('common.search')}
            style={{ flex: '1 1 280px', minWidth: 0 }}
          />
          {children.data && (
            <Typography.Text type="secondary" data-testid="organisation-children-total">
              {t('organisations.childrenHint', { count: total })}
            </Typography.Text>
          )}
        </Flex>
      )}
      {body}
    </>
  );
}
