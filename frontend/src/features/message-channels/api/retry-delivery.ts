import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { deliveryKeys, type Delivery } from './get-deliveries';

/** A send that failed for good goes back to the queue, due now. */
export async function retryDelivery(id: number): Promise<Delivery> {
  return unwrap(await api.POST('/api/v1/deliveries/{id}/retry', { params: { path: { id } } }));
}

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: retryDelivery, onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveryKeys.lists() }) });
}
