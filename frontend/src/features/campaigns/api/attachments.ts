import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Attachment = components['schemas']['Attachment'];

/** The kinds the API makes thumbnails of; other pictures (HEIC) and documents are listed as files. */
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

export function isPhoto(a: Attachment): boolean {
  return PHOTO_TYPES.includes(a.contentType);
}

type Ids = { campaignId: number; id: number; attachmentId: number };

/** A photo's thumbnail (at most 320 × 320), as a blob: the API needs the bearer token, so no plain <img src>. */
export async function fetchThumbnail(path: Ids, signal: AbortSignal): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments/{attachmentId}/thumbnail', {
      params: { path },
      parseAs: 'blob',
      signal,
    }),
  ) as Blob;
}

/** The whole file as a blob, for showing a photo in full (downloads go through a link instead). */
export async function fetchAttachment(path: Ids, signal: AbortSignal): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments/{attachmentId}', {
      params: { path },
      parseAs: 'blob',
      signal,
    }),
  ) as Blob;
}
