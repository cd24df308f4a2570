import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyField } from '@/components/copy-field';
import { problemMessage } from '@/lib/problem';
import type { Account } from '../api/get-accounts';
import { useResetAccountPassword } from '../api/reset-account-password';
import { useSetAccountEnabled } from '../api/set-account-enabled';
import { useApp } from '@/components/antd-scope';

/** Enable, disable and reset password, each after a confirmation; the temporary password is shown once. */
export function useAccountActions() {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const setEnabled = useSetAccountEnabled();
  const reset = useResetAccountPassword();
  const name = (a: Account) => a.displayName;

  const toggle = (account: Account) => {
    const enabling = !account.enabled;
    modal.confirm({
      title: enabling ? t('accounts.enable') : t('accounts.disable'),
      content: t(enabling ? 'accounts.enableConfirm' : 'accounts.disableConfirm', { name: name(account) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: !enabling },
      onOk: async () => {
        try {
          await setEnabled.mutateAsync({ id: account.id, version: account.version, enabled: enabling });
          void message.success(t(enabling ? 'accounts.enabledDone' : 'accounts.disabledDone', { name: name(account) }));
        } catch (error) {
          void message.error(problemMessage(error, t));
        }
      },
    });
  };

  const resetPassword = (account: Account) => {
    modal.confirm({
      title: t('accounts.resetPassword'),
      content: t('accounts.resetConfirm', { name: name(account) }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          const result = await reset.mutateAsync({ id: account.id, version: account.version });
          modal.info({
            title: t('accounts.tempTitle'),
            okText: t('common.close'),
            content: (
              <>
                <Typography.Paragraph>{t('accounts.tempHint', { name: name(account) })}</Typography.Paragraph>
                <CopyField value={result.temporaryPassword} label={t('accounts.tempTitle')} testId="temporary-password" />
              </>
            ),
          });
        } catch (error) {
          void message.error(problemMessage(error, t));
        }
      },
    });
  };

  return { toggle, resetPassword };
}
