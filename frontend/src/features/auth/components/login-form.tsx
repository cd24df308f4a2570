import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import type { Session } from '@/lib/session';
import { useCreateToken, type TokenRequest } from '../api/create-token';

export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TokenRequest>();
  const signIn = useCreateToken({ onSuccess: onSignedIn });

  const error = signIn.error;
  const message =
    error instanceof ApiError && error.status === 401 ? t('login.failed') : error ? problemMessage(error, t) : null;

  return (
    <Form<TokenRequest>
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(values) =>
        signIn.mutate(values, {
          onError: (e) => applyFieldErrors(form, e),
        })
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
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
