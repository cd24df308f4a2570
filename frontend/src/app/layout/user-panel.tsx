import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { LanguageSwitch } from '@/components/language-switch';
import { LargeTextSwitch } from '@/components/large-text-switch';
import { signOut as endSession } from '@/lib/api-client';
import type { Session } from '@/lib/session';

export type UserPanelProps = {
  session: Session;
  vertical?: boolean;
  /** Called on leaving for another page (my account): a phone's drawer closes. */
  onNavigate?: () => void;
};

/** Who is signed in, the preferences, and the way out. */
export function UserPanel({ session, vertical, onNavigate }: UserPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const roles = session.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join('、');

  const signOut = () => {
    void endSession();
    queryClient.clear();
  };

  return (
    <Flex vertical={vertical} align={vertical ? 'stretch' : 'center'} gap={vertical ? 16 : 12} wrap>
      <div>
        <Typography.Text strong data-testid="current-user">
          {session.displayName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
          {roles}
        </Typography.Text>
      </div>
      <LanguageSwitch />
      <LargeTextSwitch />
      <Button
        icon={<UserOutlined />}
        onClick={() => {
          onNavigate?.();
          void navigate(paths.me.href());
        }}
      >
        {t('navAdmin.me')}
      </Button>
      <Button icon={<LogoutOutlined />} onClick={signOut}>
        {t('nav.signOut')}
      </Button>
    </Flex>
  );
}
