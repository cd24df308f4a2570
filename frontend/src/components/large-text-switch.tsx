import { Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLargeText, useLargeText } from '@/lib/preferences';

export function LargeTextSwitch() {
  const { t } = useTranslation();
  const on = useLargeText();
  const id = useId();
  return (
    <span data-touch-target style={{ display: 'inline-flex', alignItems: 'center', gap: 8, minHeight: 44 }}>
      <Switch id={id} checked={on} onChange={setLargeText} />
      <label htmlFor={id}>{t('prefs.largeText')}</label>
    </span>
  );
}
