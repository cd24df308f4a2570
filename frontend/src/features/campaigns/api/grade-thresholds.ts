import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { campaignKeys } from './get-campaigns';

export type GradeScale = components['schemas']['GradeScale'];
export type Grade = components['schemas']['Grade'];

export function useGradeScale(campaignId: number) {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.part(campaignId, 'grades'),
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/api/v1/campaigns/{campaignId}/grade-thresholds', { params: { path: { campaignId } }, signal }),
        ),
    }),
  );
}

/** Replacing the grades raises the campaign's version, so the campaign is read again too. */
export function useReplaceGradeScale(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: GradeScale) =>
      unwrap(await api.PUT('/api/v1/campaigns/{campaignId}/grade-thresholds', { params: { path: { campaignId } }, body })),
    onSuccess: (scale) => {
      queryClient.setQueryData(campaignKeys.part(campaignId, 'grades'), scale);
      return queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId), exact: true });
    },
  });
}
