import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import { useChangePassword, type PasswordChangeRequest } from '../api/change-password';
import { meetsPasswordPolicy } from './password-rule';

type Values = PasswordChangeRequest & { repeat: string };

/** Current password, new password twice; the policy is checked here and the server's verdict lands on the field. */
export function ChangePasswordForm({ onChanged }: { onChanged: (signedInAgain: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const { save, alert } = useSaveForm(form);

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    save(async () => onChanged(await change.mutateAsync({ currentPassword, newPassword })));

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)}>
      <SaveProblemAlert {...alert} />
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
        <Input.Password autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.next')}
        extra={t('password.rule')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('password.nextRequired') },
          {
            validator: (_, value: string | undefined) =>
              !value || meetsPasswordPolicy(value) ? Promise.resolve() : Promise.reject(new Error(t('password.weak'))),
          },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value !== getFieldValue('currentPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.same'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('password.repeat')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.repeatRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
