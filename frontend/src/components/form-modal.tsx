import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '@/hooks/use-save-form';
import { SaveProblemAlert } from './save-problem-alert';

type Props = {
  title: ReactNode;
  onClose: () => void;
  /** Usually `form.submit()`: the form's own checks run first. */
  onSave: () => void;
  saving?: boolean;
  saveText?: ReactNode;
  /** A destructive action (removing something) shows its button in red. */
  danger?: boolean;
  /** What the last save's refusal left to say (useSaveForm's `alert`). */
  problem?: SaveProblem | null;
  staleText?: string;
  /** Reads the record again after a stale version; without it the stale alert only says so. */
  onReload?: () => void;
  /** Text above the problem and the form. */
  intro?: ReactNode;
  children: ReactNode;
};

/** The frame of every small form dialog: cancel and the action in the footer, the last refusal above the form. */
export function FormModal({
  title,
  onClose,
  onSave,
  saving = false,
  saveText,
  danger,
  problem,
  staleText,
  onReload,
  intro,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" danger={danger} loading={saving} onClick={onSave}>
          {saveText ?? t('common.save')}
        </Button>,
      ]}
    >
      {intro}
      <SaveProblemAlert problem={problem} staleText={staleText} onReload={onReload} />
      {children}
    </Modal>
  );
}
