import {
  App as AntApp,
  ConfigProvider,
  message as staticMessage,
  Modal,
  notification as staticNotification,
  theme as antTheme,
} from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLargeText } from '@/lib/preferences';

// Colours chosen for at least 4.5:1 contrast on white (antd's defaults are lighter); plain.css uses the same.
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
 * What a part drawn with Ant Design needs around it: the product's theme (large text included) and antd's texts in
 * the chosen language. Each such page or part brings it along when its code is fetched (`withAntd`), so the first
 * screen of a phone, drawn without Ant Design, does not load it. Messages and dialogs are held by `AntdHost`.
 */
export function AntdScope({ children }: { children: ReactNode }) {
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
      {children}
    </ConfigProvider>
  );
}

const scopedOnce = new WeakMap<ComponentType<never>, ComponentType<never>>();

/** The component inside `AntdScope`; the same wrapper each time for the same component. */
export function scoped<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  const known = scopedOnce.get(Inner as ComponentType<never>);
  if (known) return known as unknown as ComponentType<P>;
  function Scoped(props: P) {
    return (
      <AntdScope>
        <Inner {...props} />
      </AntdScope>
    );
  }
  Scoped.displayName = `Scoped(${Inner.displayName ?? Inner.name})`;
  scopedOnce.set(Inner as ComponentType<never>, Scoped as ComponentType<never>);
  return Scoped;
}

type AppApis = ReturnType<typeof AntApp.useApp>;

let hostApis: AppApis | null = null;
const hostListeners = new Set<() => void>();

function HostBridge() {
  const apis = AntApp.useApp();
  useEffect(() => {
    hostApis = apis;
    hostListeners.forEach((l) => l());
    return () => {
      hostApis = null;
      hostListeners.forEach((l) => l());
    };
  }, [apis]);
  return null;
}

/**
 * The one holder of messages, notifications and dialogs of the signed-in app, kept by the shell: a message outlives
 * the part that said it (a drawer that closes, a page left for another), as it would with Ant Design's App at the top.
 */
export function AntdHost() {
  return (
    <AntdScope>
      <AntApp component={false}>
        <HostBridge />
      </AntApp>
    </AntdScope>
  );
}

const STATIC_APIS = { message: staticMessage, notification: staticNotification, modal: Modal } as unknown as AppApis;

/**
 * Messages, notifications and dialogs: the shell's holder (`AntdHost`); inside an App of their own (a test) that one;
 * before the holder is there, antd's static ones.
 */
function subscribeHost(listener: () => void): () => void {
  hostListeners.add(listener);
  return () => hostListeners.delete(listener);
}

const readHost = () => hostApis;

export function useApp(): AppApis {
  const local = AntApp.useApp();
  const host = useSyncExternalStore(subscribeHost, readHost, readHost);
  if (host) return host;
  return typeof local.message.success === 'function' ? local : STATIC_APIS;
}
