import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useDeliverableWrite } from './deliverable-write';

export type UploadedAttachment = components['schemas']['UploadedAttachment'];
export type AttachmentUpload = { version: number; file: File; key: string };

/** One file onto a deliverable at the version read; `key` makes a retried upload land once. */
export async function uploadAttachment(
  campaignId: number,
  id: number,
  { version, file, key }: AttachmentUpload,
): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file);
  form.append('version', String(version));
  return unwrap(
    await api.POST('/api/v1/campaigns/{campaignId}/deliverables/{id}/attachments', {
      params: { path: { campaignId, id }, header: { 'Idempotency-Key': key } },
      // openapi-fetch sends FormData as it is; the browser sets the multipart boundary.
      body: form as unknown as { file?: string; version?: number },
      bodySerializer: (b: unknown) => b as FormData,
    }),
  );
}

export function useUploadAttachment(campaignId: number, id: number) {
  return useDeliverableWrite(campaignId, (upload: AttachmentUpload) => uploadAttachment(campaignId, id, upload));
}
