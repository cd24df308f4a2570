import { scoringKeys } from './assignments';

/** Query keys of the committee's assessment desk: everything of one campaign sits under one prefix. */
export const deskKeys = {
  campaign: (campaignId: number) => [...scoringKeys.all, 'desk', campaignId] as const,
  summary: (campaignId: number) => [...deskKeys.campaign(campaignId), 'summary'] as const,
  participants: (campaignId: number) => [...deskKeys.campaign(campaignId), 'participants'] as const,
  assignments: (campaignId: number) => [...deskKeys.campaign(campaignId), 'assignments'] as const,
  load: (campaignId: number) => [...deskKeys.campaign(campaignId), 'load'] as const,
  results: (campaignId: number, ...rest: unknown[]) => [...deskKeys.campaign(campaignId), 'results', ...rest] as const,
  consensus: (campaignId: number, branchId: number) => [...deskKeys.campaign(campaignId), 'consensus', branchId] as const,
  siteVisits: (campaignId: number, branchId: number) => [...deskKeys.campaign(campaignId), 'site-visits', branchId] as const,
  selfAssessment: (campaignId: number, branchId: number) => [...scoringKeys.all, 'self', campaignId, branchId] as const,
};

/** Reads every page of a list endpoint (at most 100 items a page), for lists a desk shows whole. */
export async function allPages<T>(read: (page: number) => Promise<{ items?: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await read(page);
    items.push(...(result.items ?? []));
    if (!result.items?.length || items.length >= result.total) return items;
  }
}
