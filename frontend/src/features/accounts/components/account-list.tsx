import { ApiOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useAccounts, type Account } from '../api/get-accounts';
import { useBranchOptions } from '../api/get-branch-options';
import { AccountCards } from './account-cards';
import { AccountFilters } from './account-filters';
import { AccountFormDrawer } from './account-form-drawer';
import { AccountTable } from './account-table';
import { useAccountActions } from './use-account-actions';
import { PAGE_SIZE, useAccountListParams } from './use-account-list-params';
import { PhonePager } from '@/components/phone-pager';

/** Committee staff manage accounts: search and filters, create, edit, enable/disable, reset password. */
export function AccountList({ apiClientsHref, webhooksHref }: { apiClientsHref: string; webhooksHref: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const { filters, page, query, setFilters, setPage } = useAccountListParams();
  const accounts = useAccounts(query);
  const filtered = useOrganisation(filters.organisationId);
  const organisation = filtered.data?.organisation;
  const branchOptions = useBranchOptions();
  const branches = branchOptions.data ?? [];
  const { toggle, resetPassword } = useAccountActions();
  const [editing, setEditing] = useState<Account | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const branchName = (id?: number | null) => (id ? (branches.find((b) => b.value === id)?.label ?? `#${id}`) : t('accounts.noBranch'));
  const openEditor = (account: Account | null) => {
    setEditing(account);
    setDrawerOpen(true);
  };
  const items = accounts.data?.items ?? [];
  const total = accounts.data?.total ?? 0;
  const handlers = { branchName, onEdit: openEditor, onToggle: toggle, onReset: resetPassword };

  let body;
  if (accounts.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (accounts.isError)
    body = <ErrorState title={t('accounts.loadFailed')} error={accounts.error} onRetry={() => void accounts.refetch()} />;
  else if (items.length === 0) body = <Empty description={t('accounts.empty')} />;
  else if (phone)
    body = (
      <>
        <AccountCards accounts={items} {...handlers} />
        <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
      </>
    );
  else
    body = (
      <AccountTable
        accounts={items}
        loading={accounts.isFetching}
        {...handlers}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }}
      />
    );

  return (
    <section aria-labelledby="accounts-title">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} id="accounts-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {t('accounts.title')}
          </Typography.Title>
          {accounts.data && (
            <Typography.Text type="secondary" data-testid="account-total">
              {t('accounts.listHint', { count: total })}
            </Typography.Text>
          )}
        </div>
        <Flex gap={8} wrap>
          <Button icon={<ApiOutlined />} onClick={() => void navigate(apiClientsHref)}>
            {t('navAdmin.apiClients')}
          </Button>
          <Button icon={<SendOutlined />} onClick={() => void navigate(webhooksHref)}>
            {t('webhooks.nav')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)}>
            {t('accounts.create')}
          </Button>
        </Flex>
      </Flex>
      <AccountFilters value={filters} branches={branches} organisation={organisation} onChange={setFilters} />
      {body}
      <AccountFormDrawer
        open={drawerOpen}
        account={editing}
        branches={branches}
        organisation={filters.organisationId ? organisation : undefined}
        onClose={() => setDrawerOpen(false)}
      />
    </section>
  );
}
