import { KeyOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import type { Session } from '@/lib/session';
import { useCreateToken, type TokenRequest } from '../api/create-token';

export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TokenRequest>();
  const signIn = useCreateToken({ onSuccess: onSignedIn });

  // The API asks for the one-time code only once the password is right and a second factor is enrolled.
  const [needsOtp, setNeedsOtp] = useState(false);
  const error = signIn.error;
  const otpAsked = error instanceof ApiError && error.code === 'OTP_REQUIRED';
  let message: string | null = null;
  if (error instanceof ApiError && error.status === 401) message = otpAsked ? null : t('login.failed');
  else if (error) message = problemMessage(error, t);

  return (
    <Form<TokenRequest>
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(values) =>
        signIn.mutate(
          { ...values, otp: needsOtp ? values.otp?.trim() : undefined },
          {
            onError: (e) => {
              if (e instanceof ApiError && e.code === 'OTP_REQUIRED') setNeedsOtp(true);
              applyFieldErrors(form, e);
            },
          },
        )
      }
    >
      {message && <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoCapitalize="none" maxLength={50} />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" maxLength={128} />
      </Form.Item>
      {needsOtp && (
        <Form.Item
          name="otp"
          label={t('otp.label')}
          extra={t('otp.hint')}
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('otp.required') }]}
        >
          <Input prefix={<KeyOutlined aria-hidden />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
