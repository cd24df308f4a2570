import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useUnreadCount } from '@/features/me/api/get-my-notifications';

/** The header's bell: the unread count, linking to the message centre. Asked for once a minute at most. */
export function MessageBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const label = unread > 0 ? t('messages.bell', { count: unread }) : t('messages.title');
  return (
    <Link to={paths.messages.href()} aria-label={label} title={label} className="cx-header-button" data-testid="message-bell">
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Link>
  );
}
