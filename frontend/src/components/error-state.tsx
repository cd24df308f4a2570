import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';
import { Button, Result } from './plain';

/** A failed load: what went wrong, in words, and a way to try again. */
export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      tone="warning"
      title={title}
      detail={problemMessage(error, t)}
      action={
        onRetry && (
          <Button primary onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
