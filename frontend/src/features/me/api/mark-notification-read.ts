import { api, unwrap } from '@/lib/api-client';
import { useNotificationWrite, type Notification } from './get-my-notifications';

/** Marks one of the caller's messages read (again changes nothing). */
export async function markNotificationRead(id: number): Promise<Notification> {
  return unwrap(await api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  return useNotificationWrite(markNotificationRead);
}
