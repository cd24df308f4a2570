import { Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { TodoCard } from '@/features/me/components/todo-card';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

// Each role's home is its own chunk: a phone loads only the one it shows.
const BranchHome = lazy(() => import('./home-branch').then((m) => ({ default: m.BranchHome })));
const StaffDashboard = lazy(() => import('./home-dashboards').then((m) => ({ default: m.StaffDashboard })));
const ViewerDashboard = lazy(() => import('./home-dashboards').then((m) => ({ default: m.ViewerDashboard })));
const AssessorHome = lazy(() => import('./home-assessor').then((m) => ({ default: m.AssessorHome })));
const AuditorHome = lazy(() => import('./audit').then((m) => ({ default: m.AuditRoute })));

/**
 * What each role sees first: a branch chair what is due, staff and leadership their dashboard, an assessor the
 * scoring tasks, an auditor the log.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const access = accessOf(session);
  if (!session) return null;
  const roles = session.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join('、');
  let body = null;
  if (access.isAdmin) body = <StaffDashboard />;
  else if (access.isBranch) body = <BranchHome branchId={session.branchId} />;
  else if (access.isViewer) body = <ViewerDashboard />;
  else if (access.canScore) body = <AssessorHome />;
  else if (access.canReadAudit) body = <AuditorHome />;
  // Staff and assessors see their to-do list first; a branch's home is its to-do list (what is due, one tap each).
  const todoFirst = (access.isAdmin || access.canScore) && !access.isBranch;

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: '1.5em', margin: 0 }}>
          {t('home.greeting', { name: session.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.roleLine', { roles })}</Typography.Text>
        {access.isViewer && !access.isAdmin && !access.isBranch && (
          <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('dashboard.viewerHint')}</Typography.Paragraph>
        )}
      </div>
      {todoFirst && <TodoCard />}
      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>{body}</Suspense>
    </Flex>
  );
}
