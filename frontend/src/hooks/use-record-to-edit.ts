import { useQuery } from '@tanstack/react-query';

/**
 * The record an edit form opens with, read on its own each time the form opens: a list shows phone numbers and
 * e-mail addresses masked, the record read alone shows the editor what they may see and change. Undefined while it
 * loads, and when nothing is being edited.
 */
export function useRecordToEdit<T>(
  key: readonly unknown[],
  id: number | undefined,
  open: boolean,
  fetch: (id: number, signal?: AbortSignal) => Promise<T>,
): T | undefined {
  const query = useQuery({
    queryKey: [...key, 'to-edit'],
    queryFn: ({ signal }) => fetch(id ?? 0, signal),
    enabled: open && id != null && id > 0,
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  return open ? query.data : undefined;
}
