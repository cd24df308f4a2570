import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationKind = Notification['kind'];

export type NotificationQuery = { unread?: boolean; page?: number; size?: number };

export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  list: (query: NotificationQuery) => [...notificationKeys.all, query] as const,
};

/** The caller's messages, newest first, with the unread count (消息中心). */
export async function getMyNotifications(query: NotificationQuery, signal?: AbortSignal): Promise<NotificationPage> {
  return unwrap(await api.GET('/api/v1/me/notifications', { params: { query }, signal }));
}

export function getMyNotificationsQueryOptions(query: NotificationQuery) {
  return queryOptions({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) => getMyNotifications(query, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useMyNotifications(query: NotificationQuery, enabled = true) {
  return useQuery({ ...getMyNotificationsQueryOptions(query), enabled });
}

/** How many messages are unread: one message's page carries the count. */
export function useUnreadCount(enabled = true) {
  const page = useMyNotifications({ size: 1 }, enabled);
  return page.data?.unread ?? 0;
}

/** A write on the caller's messages: the list and the count are read again. */
export function useNotificationWrite<Variables, Result>(write: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
}
