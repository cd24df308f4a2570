import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Campaign = components['schemas']['Campaign'];
export type Assignment = components['schemas']['Assignment'];
export type Standard = components['schemas']['Standard'];

export const scoringKeys = {
  all: ['scoring'] as const,
  activeCampaign: () => [...scoringKeys.all, 'active-campaign'] as const,
  assignments: (campaignId: number, branchId?: number) => [...scoringKeys.all, 'assignments', campaignId, branchId ?? 0] as const,
  standards: (campaignId: number) => [...scoringKeys.all, 'standards', campaignId] as const,
  sheets: (campaignId: number, branchId: number) => [...scoringKeys.all, 'sheets', campaignId, branchId] as const,
  sheet: (campaignId: number, id: number) => [...scoringKeys.all, 'sheet', campaignId, id] as const,
};

/** The campaign being run now (the newest active one), or null. */
export async function getActiveCampaign(signal?: AbortSignal): Promise<Campaign | null> {
  const page = unwrap(await api.GET('/api/v1/campaigns', { params: { query: { status: 'ACTIVE', size: 1, sort: '-year' } }, signal }));
  return page.items?.[0] ?? null;
}

export function useActiveCampaign() {
  return useQuery(queryOptions({ queryKey: scoringKeys.activeCampaign(), queryFn: ({ signal }) => getActiveCampaign(signal) }));
}

/** The caller's assignments (an assessor sees only their own), with the state of each scoresheet. */
export async function getAssignments(campaignId: number, branchId?: number, signal?: AbortSignal): Promise<Assignment[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/assignments', {
      params: { path: { campaignId }, query: { branchId, size: 100, sort: 'branchCode' } },
      signal,
    }),
  );
  return page.items ?? [];
}

export function useAssignments(campaignId: number | undefined, branchId?: number) {
  return useQuery({
    queryKey: scoringKeys.assignments(campaignId ?? 0, branchId),
    queryFn: ({ signal }) => getAssignments(campaignId ?? 0, branchId, signal),
    enabled: Boolean(campaignId),
  });
}

/** The campaign's standards with their indicators, in order. */
export async function getStandards(campaignId: number, signal?: AbortSignal): Promise<Standard[]> {
  const page = unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/standards', { params: { path: { campaignId }, query: { size: 100 } }, signal }),
  );
  return page.items ?? [];
}

export function useStandards(campaignId: number) {
  return useQuery({ queryKey: scoringKeys.standards(campaignId), queryFn: ({ signal }) => getStandards(campaignId, signal) });
}
