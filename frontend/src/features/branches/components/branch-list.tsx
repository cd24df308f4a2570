import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DownloadButton } from '@/components/download-button';
import { ErrorState } from '@/components/error-state';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useBranches, type Branch } from '../api/get-branches';
import { BranchCards } from './branch-cards';
import { BranchFilters, type BranchFilterValues } from './branch-filters';
import { BranchFormDrawer } from './branch-form-drawer';
import { BranchTable } from './branch-table';
import { PAGE_SIZE, useBranchListParams } from './use-branch-list-params';
import { useConfirmStatusChange } from './use-branch-status-change';
import { PhonePager } from '@/components/phone-pager';

type Props = { canManage: boolean; detailHref: (id: number) => string; printHref?: string };

/** The register export takes the list's filters, so staff get the rows they are looking at. */
function registerPath(filters: BranchFilterValues): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.organisationId) params.set('organisationId', String(filters.organisationId));
  const query = params.toString();
  return `/api/v1/exports/branches.xlsx${query ? `?${query}` : ''}`;
}

/**
 * Branches: search, filters (an organisation's subtree among them), sort and paging; a table on a desk, cards on a
 * phone. A branch added while the list shows one organisation goes to that organisation unless another is chosen.
 */
export function BranchList({ canManage, detailHref, printHref }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const { filters, page, query, setFilters, setPage } = useBranchListParams();
  const branches = useBranches(query);
  const filtered = useOrganisation(filters.organisationId);
  const organisation = filtered.data?.organisation;
  const [editing, setEditing] = useState<Branch | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const confirmStatusChange = useConfirmStatusChange();

  const openEditor = (branch: Branch | null) => {
    setEditing(branch);
    setDrawerOpen(true);
  };
  const items = branches.data?.items ?? [];
  const total = branches.data?.total ?? 0;

  let body;
  if (branches.isPending) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (branches.isError) {
    body = <ErrorState title={t('branches.loadFailed')} error={branches.error} onRetry={() => void branches.refetch()} />;
  } else if (items.length === 0) {
    body = <Empty description={`${t('branches.empty')} ${t('branches.emptyHint')}`} />;
  } else if (phone) {
    body = (
      <>
        <BranchCards
          branches={items}
          canManage={canManage}
          onEdit={openEditor}
          onStatusChange={confirmStatusChange}
          detailHref={detailHref}
        />
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
      </>
    );
  } else {
    body = (
      <BranchTable
        branches={items}
        loading={branches.isFetching}
        canManage={canManage}
        onEdit={openEditor}
        onStatusChange={confirmStatusChange}
        detailHref={detailHref}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }}
      />
    );
  }

  return (
    <section aria-labelledby="branches-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} id="branches-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {t('branches.title')}
          </Typography.Title>
          {branches.data && (
            <Typography.Text type="secondary" data-testid="branch-total">
              {t('branches.listHint', { count: total })}
            </Typography.Text>
          )}
        </div>
        <Flex gap={8} wrap>
          <DownloadButton path={registerPath(filters)}>{t('common.exportXlsx')}</DownloadButton>
          {printHref && !phone && (
            <Button icon={<PrinterOutlined />} className="cx-no-print" onClick={() => void navigate(printHref)}>
              {t('common.print')}
            </Button>
          )}
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)}>
              {t('branches.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <BranchFilters value={filters} organisation={organisation} onChange={setFilters} />
      {body}
      {canManage && (
        <BranchFormDrawer
          open={drawerOpen}
          branch={editing}
          organisation={filters.organisationId ? organisation : undefined}
          onClose={() => setDrawerOpen(false)}
        />
      )}
    </section>
  );
}
