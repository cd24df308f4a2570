import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LargeTextSwitch } from '@/components/large-text-switch';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { sessionEnd, useSession } from '@/lib/session';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(paths.login.path) ? next : paths.home.href();
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));

  if (session) return <Navigate to={next} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
          <LanguageSwitch />
          <LargeTextSwitch />
        </Flex>
        {/* A plain panel and headings: antd's Card brings Tabs, Dropdown and Menu, Typography ~30 KB, to the first load. */}
        <section className="cx-login-panel">
          <h1 style={{ fontSize: '1.5em', margin: '0 0 4px' }}>{t('login.title')}</h1>
          <p style={{ color: 'rgba(0, 0, 0, 0.68)', marginTop: 0 }}>{t('login.subtitle')}</p>
          {sessionEnd === 'expired' && <Alert type="warning" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} />}
          <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
        </section>
      </main>
    </Flex>
  );
}
