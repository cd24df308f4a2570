import { useMutation, useQueryClient } from '@tanstack/react-query';
import { webhookKeys, type Webhook } from './get-webhooks';

const webhookOf = (result: Webhook | { webhook: Webhook }): Webhook => ('webhook' in result ? result.webhook : result);

/**
 * A change of an endpoint: its own read takes the answer, and the lists are read again, also after a refusal (a stale
 * version shows what is there now).
 */
export function useWebhookWrite<Variables, Result extends Webhook | { webhook: Webhook }>(
  write: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      const webhook = webhookOf(result);
      queryClient.setQueryData(webhookKeys.detail(webhook.id), webhook);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}
