import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';
import { useBranchStatusChange } from '../api/branch-status-change';
import type { Branch } from '../api/get-branches';
import { useApp } from '@/components/antd-scope';

/** Archive or restore after a confirmation; a stale version says so and the data is reloaded. */
export function useConfirmStatusChange() {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const { archive, restore } = useBranchStatusChange();

  return (branch: Branch) => {
    const archiving = branch.status === 'ACTIVE';
    const mutation = archiving ? archive : restore;
    const name = branch.name;
    modal.confirm({
      title: archiving ? t('branches.archive') : t('branches.restore'),
      content: t(archiving ? 'branches.archiveConfirm' : 'branches.restoreConfirm', { name }),
      okText: archiving ? t('branches.archive') : t('branches.restore'),
      okButtonProps: { danger: archiving },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await mutation.mutateAsync({ id: branch.id, version: branch.version });
          void message.success(t(archiving ? 'branches.archived' : 'branches.restored', { name }));
        } catch (error) {
          void message.error(problemMessage(error, t));
        }
      },
    });
  };
}
