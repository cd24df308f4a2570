import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { notificationSettingsKeys, type NotificationSettings } from './get-notification-settings';
import { meKeys } from './get-me';

export type NotificationSettingsRequest = components['schemas']['NotificationSettingsRequest'];

/** Replaces the chosen channels, the language and the addresses (every field is sent; null clears one). */
export async function putMyNotificationSettings(body: NotificationSettingsRequest): Promise<NotificationSettings> {
  return unwrap(await api.PUT('/api/v1/me/notification-settings', { body }));
}

export function usePutMyNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putMyNotificationSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(notificationSettingsKeys.all, settings);
      // The account shows the same e-mail address and phone.
      return queryClient.invalidateQueries({ queryKey: meKeys.me, exact: true });
    },
  });
}
