import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganisationFilter, type OrganisationRef } from '@/features/organisations/api/get-organisations';
import { ROLES, type Role } from '../api/get-accounts';
import type { BranchOption } from '../api/get-branch-options';
import type { AccountFilterValues } from './use-account-list-params';

export function AccountFilters({
  value,
  branches,
  organisation,
  onChange,
}: {
  value: AccountFilterValues;
  branches: BranchOption[];
  /** The organisation filtered by, once read (its name for the select). */
  organisation?: OrganisationRef;
  onChange: (next: AccountFilterValues) => void;
}) {
  const { t } = useTranslation();
  const all = { value: '', label: t('common.all') };
  const organisations = useOrganisationFilter(value.organisationId, organisation, (organisationId) =>
    onChange({ ...value, organisationId }),
  );
  return (
    <Flex wrap gap={8} role="search" style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('common.search')}
        placeholder={t('accounts.searchPlaceholder')}
        allowClear
        key={value.q}
        defaultValue={value.q}
        onChange={(e) => {
          if (e.target.value === '' && value.q) onChange({ ...value, q: '' });
        }}
        onSearch={(q) => onChange({ ...value, q: q.trim() })}
        enterButton={t('common.search')}
        style={{ flex: '1 1 260px', minWidth: 0 }}
      />
      <Select
        aria-label={t('accounts.filterRole')}
        value={value.role ?? ''}
        onChange={(r) => onChange({ ...value, role: (r || undefined) as Role | undefined })}
        options={[all, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
        prefix={`${t('accounts.filterRole')}:`}
        style={{ flex: '1 1 160px' }}
      />
      <Select {...organisations} />
      <Select
        aria-label={t('accounts.filterBranch')}
        value={value.branchId ?? 0}
        onChange={(b) => onChange({ ...value, branchId: b || undefined })}
        options={[{ value: 0, label: t('common.all') }, ...branches]}
        prefix={`${t('accounts.filterBranch')}:`}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ flex: '1 1 200px' }}
      />
      <Select
        aria-label={t('accounts.filterEnabled')}
        value={value.enabled === undefined ? '' : String(value.enabled)}
        onChange={(e) => onChange({ ...value, enabled: e === '' ? undefined : e === 'true' })}
        options={[all, { value: 'true', label: t('accounts.enabled') }, { value: 'false', label: t('accounts.disabled') }]}
        prefix={`${t('accounts.filterEnabled')}:`}
        style={{ flex: '1 1 140px' }}
      />
    </Flex>
  );
}
