import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button, Result } from '@/components/plain';
import { useOnline } from '@/hooks/use-online';

/** A page's code could not be fetched: the network is gone, or a new release replaced the file. */
function isLoadFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch|import|module|chunk/i.test(error.message);
}

/**
 * Shown in place of a page that failed to load. Offline, it says so and opens the page by itself once the network is
 * back; the menu and tab bar around it stay.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const online = useOnline();
  const offline = !online || isLoadFailure(error);

  useEffect(() => {
    if (!offline) return undefined;
    const retry = () => window.location.reload();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline]);

  return (
    <Result
      tone={offline ? 'info' : 'warning'}
      title={offline ? t('common.offlineTitle') : t('errors.unknown')}
      detail={offline ? t('common.offlineHint') : undefined}
      action={
        <Button primary onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
