import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type NotificationSettings = components['schemas']['NotificationSettings'];
export type ChannelOption = components['schemas']['ChannelOption'];
export type Channel = components['schemas']['Channel'];
export type MessageLocale = NotificationSettings['locale'];

export const notificationSettingsKeys = { all: ['me', 'notification-settings'] as const };

/** Where the caller's messages reach them besides the message centre: channels, language and addresses. */
export async function getMyNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  return unwrap(await api.GET('/api/v1/me/notification-settings', { signal }));
}

export function getMyNotificationSettingsQueryOptions() {
  return queryOptions({ queryKey: notificationSettingsKeys.all, queryFn: ({ signal }) => getMyNotificationSettings(signal) });
}

export function useMyNotificationSettings() {
  return useQuery(getMyNotificationSettingsQueryOptions());
}
