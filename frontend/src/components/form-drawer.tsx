import { Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '@/hooks/use-is-phone';
import type { SaveProblem } from '@/hooks/use-save-form';
import { SaveProblemAlert } from './save-problem-alert';

type Props = {
  open?: boolean;
  title: ReactNode;
  /** Width on a desk; on a phone the drawer fills the screen. */
  width?: number;
  onClose: () => void;
  /** Usually `form.submit()`: the form's own checks run first. */
  onSave: () => void;
  saving?: boolean;
  saveText?: ReactNode;
  /** What the last save's refusal left to say (useSaveForm's `alert`). */
  problem?: SaveProblem | null;
  staleText?: string;
  /** Reads the record again after a stale version; without it the stale alert only says so. */
  onReload?: () => void;
  children: ReactNode;
};

/** The frame of every form drawer: title, cancel and save in the footer, and the last save's problem above the form. */
export function FormDrawer({
  open = true,
  title,
  width = 560,
  onClose,
  onSave,
  saving = false,
  saveText,
  problem,
  staleText,
  onReload,
  children,
}: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      // A sheet from below that covers the whole phone screen; a side panel on a desk.
      placement={phone ? 'bottom' : 'right'}
      styles={phone ? { wrapper: { height: '100%' } } : { wrapper: { width, maxWidth: '100vw' } }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {saveText ?? t('common.save')}
          </Button>
        </Flex>
      }
    >
      <SaveProblemAlert problem={problem} staleText={staleText} onReload={onReload} />
      {children}
    </Drawer>
  );
}
