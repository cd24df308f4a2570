import { env } from '@/config/env';
import { api, unwrap } from './api-client';

/**
 * Files download from server URLs, never from blobs: in-app browsers (WeChat) cannot save a blob, and a plain URL
 * can be opened in the system browser. The API hands out a link valid for a minute that needs no Authorization header.
 */
export async function createDownloadLink(path: string): Promise<string> {
  const link = unwrap(await api.POST('/api/v1/download-links', { body: { path } }));
  return `${env.apiBaseUrl}${link.url}`;
}

/** WeChat's in-app browser often refuses downloads; the user has to open the page in the system browser. */
export function isWeChat(userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean {
  return /MicroMessenger/i.test(userAgent);
}

/** Sends the browser to the file; the API answers with `Content-Disposition: attachment`, so the page stays. */
export function followDownload(url: string): void {
  window.location.assign(url);
}
