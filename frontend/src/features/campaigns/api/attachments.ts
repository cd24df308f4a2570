import type { components } from '@/lib/api/schema';

export type Attachment = components['schemas']['Attachment'];

/** The kinds the API makes thumbnails of; other pictures (HEIC) and documents are listed as files. */
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

export function isPhoto(a: Attachment): boolean {
  return PHOTO_TYPES.includes(a.contentType);
}

export type AttachmentIds = { campaignId: number; id: number; attachmentId: number };
