import { AppstoreOutlined, MenuOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Drawer, Layout, Menu, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useOnline } from '@/hooks/use-online';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { PageLoading } from '@/components/page-loading';
import { activeKey, navItems, phoneTabs } from './nav-items';
import { MaterialsBadge } from './materials-badge';
import { UserPanel } from './user-panel';
import './app-shell.css';

/** Side menu on a desk; a top bar, a drawer and a bottom tab bar on a phone. */
export function AppShell() {
  return (
    <AntApp>
      <Shell />
    </AntApp>
  );
}

function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const phone = useIsPhone();
  const online = useOnline();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useMemo(() => navItems(accessOf(session)), [session]);
  if (!session) return null;
  const selected = activeKey(items, pathname);
  const { tabs, more, moreActive } = phoneTabs(items, selected);

  const content = (
    <Layout.Content id="main" className="cx-content" tabIndex={-1}>
      {!online && <Alert type="warning" showIcon role="status" title={t('common.offlineBanner')} style={{ marginBottom: 12 }} />}
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );

  // One tree for both layouts, with the page at the same place in it: crossing the phone breakpoint (a tablet turned,
  // a window resized, a full-page capture) swaps the bars around the page but never remounts the page, so an open
  // drawer and what was typed into it stay.
  return (
    <Layout className={phone ? 'cx-shell cx-shell-phone' : 'cx-shell'}>
      <a className="cx-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {!phone && (
        <Layout.Sider width={220} theme="light" className="cx-sider cx-no-print">
          <div className="cx-sider-brand">{t('app.shortName')}</div>
          <nav aria-label={t('common.menu')}>
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={items.map((item) => ({
                key: item.key,
                icon: item.icon,
                label: (
                  <Link to={item.href}>
                    {t(item.labelKey)}
                    {item.key === 'materials' && <MaterialsBadge inline />}
                  </Link>
                ),
              }))}
            />
          </nav>
        </Layout.Sider>
      )}
      <Layout>
        {phone ? (
          <Layout.Header className="cx-header cx-no-print">
            <Typography.Text strong className="cx-brand">
              {t('app.shortName')}
            </Typography.Text>
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('common.menu')}
              onClick={() => setDrawerOpen(true)}
              className="cx-header-button"
            />
          </Layout.Header>
        ) : (
          <Layout.Header className="cx-header cx-no-print">
            <Typography.Text strong className="cx-brand">
              {t('app.name')}
            </Typography.Text>
            <UserPanel session={session} />
          </Layout.Header>
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
              <button
                type="button"
                className={moreActive ? 'cx-tab cx-tab-active' : 'cx-tab'}
                onClick={() => setDrawerOpen(true)}
                aria-haspopup="dialog"
              >
                <span aria-hidden>
                  <AppstoreOutlined />
                </span>
                <span>{t('nav.more')}</span>
              </button>
            )}
          </nav>
        )}
        {phone && (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
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
                    onClick={() => setDrawerOpen(false)}
                  >
                    <span aria-hidden>{item.icon}</span>
                    <span>{t(item.labelKey)}</span>
                  </Link>
                ))}
              </nav>
            )}
            <UserPanel session={session} vertical />
          </Drawer>
        )}
      </Layout>
    </Layout>
  );
}
