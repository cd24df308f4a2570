import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '@/locales/zh-CN';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'cx.lang';

export function storedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'zh-CN';
}

function applyDocumentLanguage(lang: Language): void {
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

// Chinese ships with the first load; English is fetched when someone picks it.
async function ensureLoaded(lang: Language): Promise<void> {
  if (lang === 'zh-CN' || i18n.hasResourceBundle(lang, 'translation')) return;
  const messages = await import('@/locales/en-US');
  i18n.addResourceBundle(lang, 'translation', messages.default);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
/** Texts of the signed-in pages, loaded with the app shell so that the sign-in page stays light. */
export async function loadSignedInMessages(): Promise<void> {
  const messages = await import('@/locales/zh-CN/signed-in');
  i18n.addResourceBundle('zh-CN', 'translation', messages.default, true, false);
}

export async function changeLanguage(lang: Language): Promise<void> {
  localStorage.setItem(KEY, lang);
  await ensureLoaded(lang);
  applyDocumentLanguage(lang);
  await i18n.changeLanguage(lang);
}

applyDocumentLanguage('zh-CN');
if (storedLanguage() !== 'zh-CN') void changeLanguage(storedLanguage());

export default i18n;
