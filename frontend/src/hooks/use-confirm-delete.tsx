import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';
import { useApp } from '@/components/antd-scope';

/**
 * Asks before a deletion, runs it, and keeps the API's refusal (a 409 "in use", "has data", ...) in words
 * for an alert above the list, where it stays until it is closed or the next attempt.
 */
export function useConfirmDelete() {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const [problem, setProblem] = useState<string | null>(null);

  const confirmDelete = ({
    title,
    content,
    okText,
    run,
    done,
  }: {
    title: string;
    content: string;
    okText?: string;
    run: () => Promise<unknown>;
    done: string;
  }) => {
    setProblem(null);
    modal.confirm({
      title,
      content,
      okText: okText ?? t('common.delete'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await run();
          void message.success(done);
        } catch (error) {
          setProblem(problemMessage(error, t));
        }
      },
    });
  };

  const alert = problem && (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problem}
      closable={{ 'aria-label': t('common.close') }}
      onClose={() => setProblem(null)}
      style={{ marginBottom: 12 }}
      data-testid="refusal"
    />
  );
  return { confirmDelete, alert, setProblem };
}
