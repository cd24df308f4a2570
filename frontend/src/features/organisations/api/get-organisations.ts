import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';
import type { RollupParams } from './get-organisation-rollup';

export type Organisation = components['schemas']['Organisation'];
export type OrganisationPage = components['schemas']['OrganisationPage'];
export type OrganisationRef = components['schemas']['OrganisationRef'];
export type OrganisationLevel = components['schemas']['OrganisationLevel'];
export type OrganisationListParams = NonNullable<operations['listOrganisations']['parameters']['query']>;

/** The levels of the tree from the top down; a child is always of a lower level than its parent. */
export const ORGANISATION_LEVELS: OrganisationLevel[] = ['CENTRE', 'PROVINCE', 'CITY', 'COUNTY'];

/** With `parentId` the organisations directly under it; without, every organisation of the caller's subtree. */
export async function getOrganisations(query: OrganisationListParams, signal?: AbortSignal): Promise<OrganisationPage> {
  return unwrap(await api.GET('/api/v1/organisations', { params: { query }, signal }));
}

export const organisationKeys = {
  all: ['organisations'] as const,
  lists: () => [...organisationKeys.all, 'list'] as const,
  list: (query: OrganisationListParams) => [...organisationKeys.lists(), query] as const,
  detail: (id: number) => [...organisationKeys.all, 'detail', id] as const,
  mine: () => [...organisationKeys.all, 'mine'] as const,
  rollup: (id: number, query: RollupParams) => [...organisationKeys.all, 'rollup', id, query] as const,
};

export function getOrganisationsQueryOptions(query: OrganisationListParams) {
  return queryOptions({
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }) => getOrganisations(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisations(query: OrganisationListParams, options?: { enabled?: boolean }) {
  return useQuery({ ...getOrganisationsQueryOptions(query), enabled: options?.enabled ?? true });
}

/**
 * After a write that changes what the tree shows (an organisation itself, or the branches counted under it),
 * whichever feature made it: every read of organisations is made again.
 */
export function invalidateOrganisations(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: organisationKeys.all });
}

/** A choice in an organisation select: the select holds `{ value, label }` so the name stays whatever is searched. */
export type OrganisationChoice = { value: number; label: string };

export const organisationChoice = (o: Pick<OrganisationRef, 'id' | 'name'>): OrganisationChoice => ({ value: o.id, label: o.name });

/**
 * The props of a select of organisations of the caller's subtree, searched by name or code on the server (the
 * subtree of the centre holds thousands); its value is an `OrganisationChoice`. Nothing is read until the select is
 * opened: a form or a filter that is only looked at costs no request.
 */
export function useOrganisationSelect() {
  const [q, setQ] = useState('');
  const [opened, setOpened] = useState(false);
  const list = useQuery({
    ...getOrganisationsQueryOptions({ q: q || undefined, sort: 'depth', size: 50 }),
    staleTime: 60_000,
    enabled: opened,
  });
  return {
    labelInValue: true as const,
    showSearch: {
      filterOption: false as const,
      onSearch: (text: string) => {
        setOpened(true);
        setQ(text);
      },
    },
    onOpenChange: (open: boolean) => {
      if (open) setOpened(true);
      // A closed select starts the next search afresh.
      else setQ('');
    },
    options: list.data?.items.map(organisationChoice) ?? [],
    loading: list.isFetching,
  };
}

/**
 * The props of a list's "belongs to" filter: the searchable select above, showing the organisation filtered by
 * (`organisation` once read, else a placeholder name) and clearing to "all".
 */
export function useOrganisationFilter(
  organisationId: number | undefined,
  organisation: OrganisationRef | undefined,
  onChange: (organisationId?: number) => void,
) {
  const { t } = useTranslation();
  const select = useOrganisationSelect();
  const chosen = organisationId ? (organisation ?? { id: organisationId, name: '…' }) : undefined;
  return {
    ...select,
    'aria-label': t('organisations.belongsTo'),
    value: chosen ? organisationChoice(chosen) : undefined,
    onChange: (choice?: OrganisationChoice) => onChange(choice?.value),
    allowClear: true,
    placeholder: t('common.all'),
    prefix: `${t('organisations.belongsTo')}:`,
    style: { flex: '1 1 220px', minWidth: 0 },
  };
}
