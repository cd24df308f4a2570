import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

export type MessageTemplate = components['schemas']['MessageTemplate'];
export type MessageTemplatePage = components['schemas']['MessageTemplatePage'];
export type MessageTemplateQuery = NonNullable<operations['listMessageTemplates']['parameters']['query']>;
export type NotificationKind = MessageTemplate['kind'];
export type MessageLocale = MessageTemplate['locale'];

export const messageTemplateKeys = {
  all: ['message-templates'] as const,
  lists: () => [...messageTemplateKeys.all, 'list'] as const,
  list: (query: MessageTemplateQuery) => [...messageTemplateKeys.lists(), query] as const,
  detail: (kind: NotificationKind, locale: MessageLocale) => [...messageTemplateKeys.all, 'detail', kind, locale] as const,
};

/** Every kind of message in both languages, as staff worded it or as shipped, in the order of the kinds. */
export async function getMessageTemplates(query: MessageTemplateQuery, signal?: AbortSignal): Promise<MessageTemplatePage> {
  return unwrap(await api.GET('/api/v1/message-templates', { params: { query }, signal }));
}

export function useMessageTemplates(query: MessageTemplateQuery) {
  return useQuery(
    queryOptions({
      queryKey: messageTemplateKeys.list(query),
      queryFn: ({ signal }) => getMessageTemplates(query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
