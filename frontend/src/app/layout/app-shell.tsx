import { AppstoreOutlined, MenuOutlined, WarningFilled } from '@ant-design/icons';
import { Suspense, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useOnline } from '@/hooks/use-online';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { lazyPart } from '@/components/lazy-part';
import { Notice } from '@/components/plain';
import { useAntdLoaded, withAntd } from '@/components/with-antd';
import { PageLoading } from '@/components/page-loading';
import { activeKey, navItems, phoneTabs } from './nav-items';
import { MaterialsBadge } from './materials-badge';
import { MessageBell } from './message-bell';
import { MyOrganisation } from './my-organisation';
import { TodoBadge } from './todo-badge';
import type { UserPanelProps } from './user-panel';
import './app-shell.css';

// A phone never shows the desk's side menu, and opens its drawer rarely: each is fetched when first shown. The shell
// itself is drawn without Ant Design (a phone's first screen); these parts bring it along.
const DeskSider = lazyPart(withAntd(() => import('./desk-sider').then((m) => m.default)));
const PhoneDrawer = lazyPart(withAntd(() => import('./phone-drawer').then((m) => m.default)));
const UserPanel = lazyPart<UserPanelProps>(withAntd(() => import('./user-panel').then((m) => m.UserPanel)));
// The holder of Ant Design's messages and dialogs, mounted once a part drawn with it has been fetched.
async function loadHost(): Promise<{ default: ComponentType }> {
  return { default: (await import('@/components/antd-scope')).AntdHost };
}
const AntdHost = lazyPart(loadHost);

/** Said when a part could not be fetched (offline); the next tap fetches it again. */
function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="cx-toast">
      <Notice role="alert">{t('errors.network')}</Notice>
    </div>
  );
}

/** Side menu on a desk; a top bar, a drawer and a bottom tab bar on a phone. */
export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const phone = useIsPhone();
  const online = useOnline();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The drawer's code (menu, preferences, sign-out) is fetched the first time it is opened.
  // Counted, so that a drawer whose code could not be fetched (offline) is fetched again on the next tap.
  const [drawerOpened, setDrawerOpened] = useState(0);
  const openDrawer = () => {
    setDrawerOpened((n) => n + 1);
    setDrawerOpen(true);
  };
  const antdLoaded = useAntdLoaded();
  const access = accessOf(session);
  // A branch account has no organisation of its own to show (and may not ask for it).
  const staff = access.canSeeOrganisations;
  const items = useMemo(() => navItems(accessOf(session), phone), [session, phone]);
  if (!session) return null;
  const selected = activeKey(items, pathname);
  const { tabs, more, moreActive } = phoneTabs(items, selected);

  const content = (
    <main id="main" className="cx-content" tabIndex={-1}>
      {!online && (
        <div style={{ marginBottom: 12 }}>
          <Notice role="status" icon={<WarningFilled />}>
            {t('common.offlineBanner')}
          </Notice>
        </div>
      )}
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </main>
  );

  // One tree for both layouts, with the page at the same place in it: crossing the phone breakpoint (a tablet turned,
  // a window resized, a full-page capture) swaps the bars around the page but never remounts the page, so an open
  // drawer and what was typed into it stay.
  return (
    <div className={phone ? 'cx-shell cx-shell-phone' : 'cx-shell'}>
      {antdLoaded && <AntdHost />}
      <a className="cx-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {!phone && (
        <DeskSider
          items={items}
          selected={selected}
          fallback={<div className="cx-sider-placeholder" />}
          failed={<div className="cx-sider-placeholder" />}
        />
      )}
      <div className="cx-shell-main">
        {phone ? (
          <header className="cx-header cx-no-print">
            <span className="cx-header-title">
              <strong className="cx-brand">{t('app.shortName')}</strong>
              {staff && <MyOrganisation />}
            </span>
            <span className="cx-header-actions">
              <TodoBadge branch={access.isBranch} />
              <MessageBell />
              <button type="button" aria-label={t('common.menu')} onClick={openDrawer} className="cx-header-button">
                <MenuOutlined aria-hidden />
              </button>
            </span>
          </header>
        ) : (
          <header className="cx-header cx-no-print">
            <span className="cx-header-title">
              <strong className="cx-brand">{t('app.name')}</strong>
              {staff && <MyOrganisation />}
            </span>
            <span className="cx-header-actions">
              <TodoBadge branch={access.isBranch} />
              <MessageBell />
              <UserPanel session={session} />
            </span>
          </header>
        )}
        {content}
        {phone && (
          <nav className="cx-tabbar cx-no-print" aria-label={t('common.menu')}>
            {tabs.map((item) => (
              <Link
                key={item.key}
                to={item.href}
                className={item.key === selected ? 'cx-tab cx-tab-active' : 'cx-tab'}
                aria-current={item.key === selected ? 'page' : undefined}
              >
                <span aria-hidden>{item.key === 'materials' ? <MaterialsBadge>{item.icon}</MaterialsBadge> : item.icon}</span>
                <span>{t(item.labelKey)}</span>
              </Link>
            ))}
            {more && (
              <button type="button" className={moreActive ? 'cx-tab cx-tab-active' : 'cx-tab'} onClick={openDrawer} aria-haspopup="dialog">
                <span aria-hidden>
                  <AppstoreOutlined />
                </span>
                <span>{t('nav.more')}</span>
              </button>
            )}
          </nav>
        )}
        {phone && drawerOpened > 0 && (
          <PhoneDrawer
            attempt={drawerOpened}
            failed={<LoadFailed />}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            more={more}
            items={items}
            selected={selected}
            session={session}
          />
        )}
      </div>
    </div>
  );
}
