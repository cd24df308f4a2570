import { api, unwrap } from '@/lib/api-client';
import type { AttachmentIds } from './attachments';

/** The whole file as a blob, for showing a photo in full (downloads go through a link instead). */
export async function fetchAttachment(path: AttachmentIds, signal: AbortSignal): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments/{attachmentId}', {
      params: { path },
      parseAs: 'blob',
      signal,
    }),
  );
}
