import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type ScoresheetPage = components['schemas']['ScoresheetPage'];
export type ScoresheetQuery = NonNullable<operations['listScoresheets']['parameters']['query']>;

/** A page of the campaign's scoresheets (an assessor sees only their own). */
export async function listScoresheets(campaignId: number, query: ScoresheetQuery, signal?: AbortSignal): Promise<ScoresheetPage> {
  return unwrap(await api.GET('/api/v1/campaigns/{campaignId}/scoresheets', { params: { path: { campaignId }, query }, signal }));
}
