import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganisationFilter, type OrganisationRef } from '@/features/organisations/api/get-organisations';
import { BRANCH_KINDS, BRANCH_STATUSES, type BranchKind, type BranchStatus } from '../api/get-branches';

export const BRANCH_SORTS = ['code', 'name', '-memberCount', '-updatedAt'] as const;
export type BranchSort = (typeof BRANCH_SORTS)[number];

export type BranchFilterValues = { q: string; status?: BranchStatus; kind?: BranchKind; sort: BranchSort; organisationId?: number };

export function BranchFilters({
  value,
  organisation,
  onChange,
}: {
  value: BranchFilterValues;
  /** The organisation filtered by, once read (its name for the select). */
  organisation?: OrganisationRef;
  onChange: (next: BranchFilterValues) => void;
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
        placeholder={t('branches.searchPlaceholder')}
        allowClear
        key={value.q}
        defaultValue={value.q}
        onChange={(e) => {
          if (e.target.value === '' && value.q) onChange({ ...value, q: '' });
        }}
        onSearch={(q) => onChange({ ...value, q: q.trim() })}
        enterButton={t('common.search')}
        style={{ flex: '1 1 280px', minWidth: 0 }}
      />
      <Select
        aria-label={t('branches.filterStatus')}
        value={value.status ?? ''}
        onChange={(s) => onChange({ ...value, status: (s || undefined) as BranchStatus | undefined })}
        options={[all, ...BRANCH_STATUSES.map((s) => ({ value: s, label: t(`branches.status.${s}`) }))]}
        prefix={`${t('branches.filterStatus')}:`}
        style={{ flex: '1 1 150px' }}
      />
      <Select
        aria-label={t('branches.filterKind')}
        value={value.kind ?? ''}
        onChange={(k) => onChange({ ...value, kind: (k || undefined) as BranchKind | undefined })}
        options={[all, ...BRANCH_KINDS.map((k) => ({ value: k, label: t(`branches.kind.${k}`) }))]}
        prefix={`${t('branches.filterKind')}:`}
        style={{ flex: '1 1 170px' }}
      />
      <Select {...organisations} />
      <Select
        aria-label={t('branches.sortBy')}
        value={value.sort}
        onChange={(sort) => onChange({ ...value, sort })}
        options={BRANCH_SORTS.map((s) => ({ value: s, label: t(`branches.sort.${s}`) }))}
        prefix={`${t('branches.sortBy')}:`}
        style={{ flex: '1 1 170px' }}
      />
    </Flex>
  );
}
