import { api, unwrap } from '@/lib/api-client';
import type { AttachmentIds } from './attachments';

/** A photo's thumbnail (at most 320 × 320), as a blob: the API needs the bearer token, so no plain <img src>. */
export async function fetchThumbnail(path: AttachmentIds, signal: AbortSignal): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments/{attachmentId}/thumbnail', {
      params: { path },
      parseAs: 'blob',
      signal,
    }),
  );
}
