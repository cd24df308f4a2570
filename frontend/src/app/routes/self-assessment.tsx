import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { SelfAssessmentPage } from '@/features/scoring/components/self-assessment-page';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function SelfAssessmentRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const access = accessOf(session);
  if (!access.canSelfAssess) return <Navigate to={paths.home.href()} replace />;
  if (!session?.branchId) return <Alert type="warning" showIcon title={t('selfAssessment.noBranch')} />;
  return <SelfAssessmentPage branchId={session.branchId} backHref={paths.home.href()} />;
}
