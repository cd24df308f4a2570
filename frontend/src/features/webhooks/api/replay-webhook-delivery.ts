import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { WebhookDelivery } from './get-webhook-deliveries';
import { webhookKeys } from './get-webhooks';

/** A sent or failed delivery goes back to the queue, due now, with the same webhook-id. */
export async function replayWebhookDelivery({ webhookId, id }: { webhookId: number; id: number }): Promise<WebhookDelivery> {
  return unwrap(
    await api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id: webhookId, deliveryId: id } } }),
  );
}

export function useReplayWebhookDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replayWebhookDelivery,
    onSettled: (_result, _error, { webhookId }) => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
