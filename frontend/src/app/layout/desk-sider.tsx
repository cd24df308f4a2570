import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MaterialsBadge } from './materials-badge';
import type { NavItem } from './nav-items';

/** The side menu of a desk. */
export default function DeskSider({ items, selected }: { items: NavItem[]; selected: string }) {
  const { t } = useTranslation();
  return (
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
  );
}
