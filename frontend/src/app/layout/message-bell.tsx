import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { useUnreadCount } from '@/features/me/api/get-my-notifications';
import { HeaderCount } from './header-count';

/** The header's bell: the unread count, linking to the message centre. Asked for once a minute at most. */
export function MessageBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  return (
    <HeaderCount
      to={paths.messages.href()}
      label={unread > 0 ? t('messages.bell', { count: unread }) : t('messages.title')}
      count={unread}
      icon={<BellOutlined style={{ fontSize: 18 }} />}
      testId="message-bell"
    />
  );
}
