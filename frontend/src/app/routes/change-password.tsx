import { Alert, App, Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { ChangePasswordForm } from '@/features/me/components/change-password-form';
import { signOut } from '@/lib/api-client';
import { useSession } from '@/lib/session';

/** The only page an account with a temporary password can reach until it sets its own. */
export function ChangePasswordRoute() {
  return (
    <App>
      <ForcedChange />
    </App>
  );
}

function ForcedChange() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  if (!session) return <Navigate to={paths.login.href()} replace />;
  if (!session.mustChangePassword) return <Navigate to={paths.home.href()} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 440 }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <LanguageSwitch />
          <Button onClick={() => void signOut()}>{t('nav.signOut')}</Button>
        </Flex>
        <Card>
          <h1 style={{ fontSize: '1.5em', margin: '0 0 8px' }}>{t('password.forcedTitle')}</h1>
          <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />
          <ChangePasswordForm onChanged={(again) => void navigate(again ? paths.home.href() : paths.login.href(), { replace: true })} />
        </Card>
      </main>
    </Flex>
  );
}
