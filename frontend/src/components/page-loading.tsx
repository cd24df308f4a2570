import { useTranslation } from 'react-i18next';
import { Spinner } from './plain';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="cx-page-loading" role="status">
      <Spinner label={t('common.loading')} />
    </div>
  );
}
