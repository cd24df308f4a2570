/**
 * The one query-key family of the scoring feature: everything under ['scoring'], and what the committee's desk reads
 * of one campaign under one prefix. Reads owned by the campaigns feature (the campaign, its standards, participants
 * and site visits) are kept under its keys, not here.
 */
export const scoringKeys = {
  all: ['scoring'] as const,
  desk: (campaignId: number) => [...scoringKeys.all, 'desk', campaignId] as const,
  /** The ranking: `'list'` with the query for a page, `'all'` for every page, `'detail'` with a branch for its result. */
  results: (campaignId: number, ...rest: unknown[]) => [...scoringKeys.desk(campaignId), 'results', ...rest] as const,
  consensus: (campaignId: number, branchId: number) => [...scoringKeys.desk(campaignId), 'consensus', branchId] as const,
  load: (campaignId: number) => [...scoringKeys.desk(campaignId), 'load'] as const,
  /** Assignments: one entry a query, or `'all'` for the whole list. */
  assignments: (campaignId: number, ...rest: unknown[]) => [...scoringKeys.all, 'assignments', campaignId, ...rest] as const,
  sheets: (campaignId: number, branchId: number) => [...scoringKeys.all, 'sheets', campaignId, branchId] as const,
  progress: (campaignId: number) => [...scoringKeys.all, 'progress', campaignId] as const,
  publishedResult: (branchId: number) => [...scoringKeys.all, 'published-result', branchId] as const,
  selfAssessment: (campaignId: number, branchId: number) => [...scoringKeys.all, 'self', campaignId, branchId] as const,
};
