import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useDeliverableWrite } from './deliverable-write';
import type { Deliverable } from './get-deliverables';

export type DeliverableContent = components['schemas']['DeliverableContent'];

export type Submission = {
  version: number;
  /** Content not yet saved: saved and submitted in the one request, or neither. */
  changes?: DeliverableContent;
};

/** A short fingerprint of what is sent, so that other content on the same version is another request. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The key of a submission: the same deliverable at the same version with the same content always carries the same
 * key, so a retry after a lost answer replays the first result instead of failing on a version that moved.
 */
export function submissionKey(id: number, { version, changes }: Submission): string {
  return `submit-${id}-v${version}` + (changes ? `-${fingerprint(JSON.stringify(changes))}` : '');
}

/** Hands the deliverable in, with any unsaved content. */
export async function submitDeliverable(campaignId: number, id: number, submission: Submission): Promise<Deliverable> {
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/submit', {
      params: { path: { campaignId, id }, header: { 'Idempotency-Key': submissionKey(id, submission) } },
      body: submission,
    }),
  );
}

export function useSubmitDeliverable(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (submission: Submission) => submitDeliverable(campaignId, id, submission));
}
