import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '@/hooks/use-save-form';

/** A refused save above the form: a stale version with a way to reload, or the problem in words. */
export function SaveProblemAlert({
  problem,
  staleText,
  onReload,
  onClose,
  style = { marginBottom: 16 },
}: {
  problem: SaveProblem | null | undefined;
  staleText?: string | undefined;
  onReload?: (() => void) | undefined;
  /** Makes the alert closable. */
  onClose?: (() => void) | undefined;
  style?: CSSProperties | undefined;
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
        closable={Boolean(onClose)}
        onClose={onClose}
        style={style}
      />
    );
  return <Alert type="error" showIcon role="alert" title={problem.text} closable={Boolean(onClose)} onClose={onClose} style={style} />;
}
