import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;

export async function getAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditEventPage> {
  return unwrap(await api.GET('/api/v1/audit-events', { params: { query }, signal }));
}

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, 'list', query] as const,
};

export function useAuditEvents(query: AuditQuery) {
  return useQuery(
    queryOptions({
      queryKey: auditKeys.list(query),
      queryFn: ({ signal }) => getAuditEvents(query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
