import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, inReadersLanguage, problemMessage } from '@/lib/problem';

/**
 * A refusal of the API, stated clearly: the refusal in the reader's language, the items it names,
 * and the server's own explanation (which names the branches or accounts involved) when it is in the reader's language.
 */
export function RefusalAlert({ error, items = [], onClose }: { error: unknown; items?: string[]; onClose?: () => void }) {
  const { t } = useTranslation();
  const title = problemMessage(error, t);
  const detail = error instanceof ApiError ? inReadersLanguage(error.problem.detail) : undefined;
  const showDetail = detail && detail !== title && items.length === 0;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="refusal"
      title={title}
      closable={Boolean(onClose)}
      onClose={onClose}
      description={
        items.length || showDetail ? (
          <>
            {items.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
            {showDetail && <div>{t('assessment.apiSays', { detail })}</div>}
          </>
        ) : undefined
      }
      style={{ marginBottom: 12 }}
    />
  );
}
