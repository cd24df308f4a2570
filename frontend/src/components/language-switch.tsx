import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '@/lib/i18n';

const LABELS: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' };

/** Language names are written in their own language, so they stay readable whichever is active. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('prefs.language')}
      value={i18n.language as Language}
      options={(Object.keys(LABELS) as Language[]).map((value) => ({
        value,
        label: <span lang={value}>{LABELS[value]}</span>,
      }))}
      onChange={(lang) => void changeLanguage(lang)}
    />
  );
}
