import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';

/** A failed load: what went wrong, in words, and a way to try again. */
export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={title}
      subTitle={problemMessage(error, t)}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
