import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { accessOf } from '@/lib/access';
import { useLargeText } from '@/lib/preferences';
import { createQueryClient } from '@/lib/query-client';
import { useSession } from '@/lib/session';

/**
 * A branch chair's home needs one request and two chunks: start all three the moment the session is known, in
 * parallel with the signed-in shell, rather than one after the other as the pages mount.
 */
function useBranchHomeHead(queryClient: QueryClient) {
  const session = useSession();
  const branchId = accessOf(session).isBranch ? session?.branchId : null;
  useEffect(() => {
    if (!branchId) return;
    void import('./use-branch-home').then((m) => m.prefetchBranchHome(queryClient));
    void import('./routes/home-branch');
  }, [branchId, queryClient]);
}

/**
 * What every screen needs: the query cache, and the app's root element with the text size chosen. Ant Design's theme
 * is not here: the parts drawn with it bring it along (`withAntd`), so that a first screen without it loads none.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useBranchHomeHead(queryClient);
  const largeText = useLargeText();
  return (
    <div className={largeText ? 'cx-app cx-large-text' : 'cx-app'}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </div>
  );
}
