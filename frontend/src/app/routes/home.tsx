import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/plain';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { withAntd } from '@/components/with-antd';

// Each role's home is its own chunk: a phone loads only the one it shows. A branch chair's is drawn without Ant
// Design (the lightest first screen, on a phone); the others bring it along.
const BranchHome = lazy(() => import('./home-branch').then((m) => ({ default: m.BranchHome })));
const StaffDashboard = lazy(withAntd(() => import('./home-dashboards').then((m) => m.StaffDashboard)));
const ViewerDashboard = lazy(withAntd(() => import('./home-dashboards').then((m) => m.ViewerDashboard)));
const AssessorHome = lazy(withAntd(() => import('./home-assessor').then((m) => m.AssessorHome)));
const AuditorHome = lazy(withAntd(() => import('./audit').then((m) => m.AuditRoute)));
const TodoCard = lazy(withAntd(() => import('@/features/me/components/todo-card').then((m) => m.TodoCard)));

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
    <div className="cx-stack">
      <div>
        <h1 style={{ fontSize: '1.5em', margin: 0 }}>{t('home.greeting', { name: session.displayName })}</h1>
        <span className="cx-muted">{t('home.roleLine', { roles })}</span>
        {access.isViewer && !access.isAdmin && !access.isBranch && <p style={{ margin: '4px 0 0' }}>{t('dashboard.viewerHint')}</p>}
      </div>
      {todoFirst && (
        <Suspense fallback={<Skeleton rows={2} />}>
          <TodoCard />
        </Suspense>
      )}
      <Suspense fallback={<Skeleton rows={4} />}>{body}</Suspense>
    </div>
  );
}
