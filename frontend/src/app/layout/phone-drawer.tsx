import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '@/lib/session';
import type { NavItem } from './nav-items';
import { UserPanel } from './user-panel';

/** A phone's drawer: the pages that do not fit the tab bar (when some do not), who is signed in and the way out. */
export default function PhoneDrawer({
  open,
  onClose,
  more,
  items,
  selected,
  session,
}: {
  open: boolean;
  onClose: () => void;
  more: boolean;
  items: NavItem[];
  selected: string;
  session: Session;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={more ? t('common.menu') : t('nav.account')}
      placement="right"
      size="default"
      destroyOnHidden
      styles={{ wrapper: { width: 'min(320px, 90vw)' } }}
    >
      {more && (
        <nav aria-label={t('nav.allPages')} className="cx-drawer-nav">
          {items.map((item) => (
            <Link
              key={item.key}
              to={item.href}
              className={item.key === selected ? 'cx-drawer-link cx-drawer-link-active' : 'cx-drawer-link'}
              aria-current={item.key === selected ? 'page' : undefined}
              onClick={onClose}
            >
              <span aria-hidden>{item.icon}</span>
              <span>{t(item.labelKey)}</span>
            </Link>
          ))}
        </nav>
      )}
      <UserPanel session={session} vertical onNavigate={onClose} />
    </Drawer>
  );
}
