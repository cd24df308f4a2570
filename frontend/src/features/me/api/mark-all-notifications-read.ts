import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { useNotificationWrite } from './get-my-notifications';

export type NotificationsMarked = components['schemas']['NotificationsMarked'];

/** Marks all the caller's messages read; answers how many were unread. */
export async function markAllNotificationsRead(): Promise<NotificationsMarked> {
  return unwrap(await api.POST('/api/v1/me/notifications/read-all'));
}

export function useMarkAllNotificationsRead() {
  return useNotificationWrite((_: void) => markAllNotificationsRead());
}
