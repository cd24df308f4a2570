import { api, unwrap } from '@/lib/api-client';
import type { MessageLocale, MessageTemplate, NotificationKind } from './get-message-templates';
import { useTemplateWrite } from './template-write';

export type TemplateReset = { kind: NotificationKind; locale: MessageLocale; version: number };

/** Drops staff's wording: the template reads as shipped again. */
export async function resetMessageTemplate({ kind, locale, version }: TemplateReset): Promise<MessageTemplate> {
  return unwrap(
    await api.POST('/api/v1/message-templates/{kind}/{locale}/reset', { params: { path: { kind, locale } }, body: { version } }),
  );
}

export function useResetMessageTemplate() {
  return useTemplateWrite(resetMessageTemplate);
}
