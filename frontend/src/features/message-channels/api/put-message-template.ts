import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { MessageLocale, MessageTemplate, NotificationKind } from './get-message-templates';
import { useTemplateWrite } from './template-write';

export type MessageTemplateRequest = components['schemas']['MessageTemplateRequest'];
export type TemplateChange = { kind: NotificationKind; locale: MessageLocale; body: MessageTemplateRequest };

/** Rewords a template: version null while it is still as shipped, else the version read. */
export async function putMessageTemplate({ kind, locale, body }: TemplateChange): Promise<MessageTemplate> {
  return unwrap(await api.PUT('/api/v1/message-templates/{kind}/{locale}', { params: { path: { kind, locale } }, body }));
}

export function usePutMessageTemplate() {
  return useTemplateWrite(putMessageTemplate);
}
