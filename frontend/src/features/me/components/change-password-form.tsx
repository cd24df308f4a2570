import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import { useChangePassword, type PasswordChangeRequest } from '../api/change-password';
import { meetsPasswordPolicy } from './password-rule';

type Values = PasswordChangeRequest & { repeat: string };

// The server's English field messages, shown in the user's language.
const SERVER_MESSAGES: [RegExp, string][] = [
  [/not your current password/, 'password.wrongCurrent'],
  [/must differ/, 'password.same'],
  [/at least 8 characters/, 'password.weak'],
];

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
      if (error instanceof ApiError && error.problem.fieldErrors?.length) {
        const fieldErrors = error.problem.fieldErrors.map((fe) => {
          const match = SERVER_MESSAGES.find(([re]) => re.test(fe.message ?? ''));
          return { ...fe, message: match ? t(match[1]) : (fe.message ?? '') };
        });
        const translated = new ApiError(error.status, { ...error.problem, fieldErrors });
        const { applied } = applyFieldErrors(form, translated, t);
        if (applied > 0) return;
      }
      setProblem(problemMessage(error, t));
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void onFinish(v)}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
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
              !value || value !== getFieldValue('currentPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.same'))),
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
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
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
