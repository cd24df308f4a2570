import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider, theme as antTheme } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accessOf } from '@/lib/access';
import { useLargeText } from '@/lib/preferences';
import { createQueryClient } from '@/lib/query-client';
import { useSession } from '@/lib/session';

// Colours chosen for at least 4.5:1 contrast on white (antd's defaults are lighter).
const baseToken = {
  colorPrimary: '#1552a8',
  colorLink: '#1552a8',
  colorSuccess: '#2b7a0b',
  colorError: '#b3261e',
  colorWarning: '#8a5300',
  colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  borderRadius: 6,
};

/** antd's English texts, fetched the first time English is chosen. */
function useEnglishLocale(wanted: boolean): Locale | null {
  const [locale, setLocale] = useState<Locale | null>(null);
  useEffect(() => {
    if (wanted && !locale) void import('antd/locale/en_US').then((m) => setLocale(m.default));
  }, [wanted, locale]);
  return wanted ? locale : null;
}

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

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useBranchHomeHead(queryClient);
  const { i18n } = useTranslation();
  const largeText = useLargeText();
  const english = useEnglishLocale(i18n.language === 'en-US');
  return (
    <ConfigProvider
      locale={english ?? zhCN}
      theme={{
        algorithm: antTheme.defaultAlgorithm,
        token: {
          ...baseToken,
          // Large text (适老化) really enlarges: 20 px body, controls grown to match.
          fontSize: largeText ? 20 : 15,
          controlHeight: largeText ? 48 : 40,
          controlHeightLG: largeText ? 56 : 44,
        },
      }}
    >
      {/* antd's App (message, modal, notification) is added by the signed-in shell, keeping it off the first load. */}
      <div className={largeText ? 'cx-app cx-large-text' : 'cx-app'}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </div>
    </ConfigProvider>
  );
}
