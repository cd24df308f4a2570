import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOrMessage } from '@/lib/problem';
import { useChangePassword, type PasswordChangeRequest } from '../api/change-password';
import { meetsPasswordPolicy } from './password-rule';

type Values = PasswordChangeRequest & { repeat: string };

/** Current password, new password twice; the policy is checked here and the server's verdict lands on the field. */
export function ChangePasswordForm({ onChanged }: { onChanged: (signedInAgain: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    setProblem(null);
    try {
      onChanged(await change.mutateAsync({ currentPassword, newPassword }));
    } catch (error) {
      setProblem(fieldErrorsOrMessage(form, error, t));
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
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
