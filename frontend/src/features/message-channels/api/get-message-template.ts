import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { messageTemplateKeys, type MessageLocale, type MessageTemplate, type NotificationKind } from './get-message-templates';

/** One kind's wording in one language. */
export async function getMessageTemplate(kind: NotificationKind, locale: MessageLocale, signal?: AbortSignal): Promise<MessageTemplate> {
  return unwrap(await api.GET('/api/v1/message-templates/{kind}/{locale}', { params: { path: { kind, locale } }, signal }));
}

export function getMessageTemplateQueryOptions(kind: NotificationKind, locale: MessageLocale) {
  return queryOptions({
    queryKey: messageTemplateKeys.detail(kind, locale),
    queryFn: ({ signal }) => getMessageTemplate(kind, locale, signal),
  });
}
