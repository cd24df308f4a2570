import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '@/lib/report-save-error';

/** A refused save above the form: a stale version with a way to reload, or the problem in words. */
export function SaveProblemAlert({
  problem,
  staleText,
  onReload,
}: {
  problem: SaveProblem | null | undefined;
  staleText?: string | undefined;
  onReload?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  if (!problem) return null;
  if (problem.kind === 'stale')
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={staleText ?? t('errors.code.STALE_VERSION')}
        action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
        style={{ marginBottom: 16 }}
      />
    );
  return <Alert type="error" showIcon role="alert" title={problem.text} style={{ marginBottom: 16 }} />;
}
