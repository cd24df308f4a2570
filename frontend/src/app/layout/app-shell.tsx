import { MenuOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Layout, Menu, Typography } from 'antd';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useIsPhone } from '@/hooks/use-is-phone';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { PageLoading } from '@/components/page-loading';
import { activeKey, navItems } from './nav-items';
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
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useMemo(() => navItems(accessOf(session)), [session]);
  const tabbar = useRef<HTMLElement>(null);
  const selected = activeKey(items, pathname);
  // When the tab bar scrolls (many sections), keep the current section's tab in sight.
  useEffect(() => {
    tabbar.current?.querySelector('.cx-tab-active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected, phone]);
  if (!session) return null;

  const content = (
    <Layout.Content id="main" className="cx-content" tabIndex={-1}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );

  if (phone) {
    return (
      <Layout className="cx-shell cx-shell-phone">
        <a className="cx-skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
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
        {content}
        <nav ref={tabbar} className="cx-tabbar cx-no-print" aria-label={t('common.menu')}>
          {items.map((item) => (
            <Link
              key={item.key}
              to={item.href}
              className={item.key === selected ? 'cx-tab cx-tab-active' : 'cx-tab'}
              aria-current={item.key === selected ? 'page' : undefined}
            >
              <span aria-hidden>{item.icon}</span>
              <span>{t(item.labelKey)}</span>
            </Link>
          ))}
        </nav>
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('nav.account')}
          placement="right"
          size="default"
          styles={{ wrapper: { width: 'min(320px, 90vw)' } }}
        >
          <UserPanel session={session} vertical />
        </Drawer>
      </Layout>
    );
  }

  return (
    <Layout className="cx-shell">
      <a className="cx-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider width={220} theme="light" className="cx-sider cx-no-print">
        <div className="cx-sider-brand">{t('app.shortName')}</div>
        <nav aria-label={t('common.menu')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={items.map((item) => ({
              key: item.key,
              icon: item.icon,
              label: <Link to={item.href}>{t(item.labelKey)}</Link>,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="cx-header cx-no-print">
          <Typography.Text strong className="cx-brand">
            {t('app.name')}
          </Typography.Text>
          <UserPanel session={session} />
        </Layout.Header>
        {content}
      </Layout>
    </Layout>
  );
}
