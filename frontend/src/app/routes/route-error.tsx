import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown when a page fails to load (for example a chunk after a new release). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.unknown')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
