import { api, unwrap } from '@/lib/api-client';
import { useDeliverableWrite } from './deliverable-write';
import type { FixItem } from './get-deliverables';

export type FixItemMark = { itemId: number; addressed: boolean; note: string; version: number };

/** The branch ticks (or unticks) one item of a returned deliverable's fix list, with a note of what it did. */
export async function markFixItem(campaignId: number, id: number, { itemId, ...body }: FixItemMark): Promise<FixItem> {
  return unwrap(
    await api.PUT('/api/v1/campaigns/{campaignId}/deliverables/{id}/fix-items/{itemId}', {
      params: { path: { campaignId, id, itemId } },
      body,
    }),
  );
}

export function useMarkFixItem(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (mark: FixItemMark) => markFixItem(campaignId, id, mark));
}
