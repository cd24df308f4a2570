import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ButtonLink, Card, Skeleton } from '@/components/plain';
import { useSelfAssessment } from '../api/get-self-assessment';
import { selfStatus } from './self-assessment-rules';
import { SelfStatusTag } from './self-status-tag';

/** On the branch chair's campaign home: where the self-assessment stands and the way into it. */
export function SelfAssessmentCard({ campaignId, branchId, href }: { campaignId: number; branchId: number; href: string }) {
  const { t } = useTranslation();
  const self = useSelfAssessment(campaignId, branchId);
  let body;
  if (self.isPending) body = <Skeleton rows={1} />;
  else if (self.isError)
    body = <ErrorState title={t('selfAssessment.loadFailed')} error={self.error} onRetry={() => void self.refetch()} />;
  else {
    const status = selfStatus(self.data);
    const action = { NONE: 'start', DRAFT: 'continue', SUBMITTED: 'view' }[status];
    body = (
      <div className="cx-row" style={{ justifyContent: 'space-between' }}>
        <span className="cx-row">
          <SelfStatusTag self={self.data} />
          {self.data?.total != null && <span>{t('selfAssessment.summary', { total: self.data.total })}</span>}
        </span>
        <ButtonLink to={href} primary={status !== 'SUBMITTED'}>
          {t(`selfAssessment.${action}`)} <RightOutlined aria-hidden />
        </ButtonLink>
      </div>
    );
  }
  return (
    <section aria-labelledby="self-card-title" style={{ marginTop: 16 }}>
      <h2 id="self-card-title" style={{ fontSize: '1.2em' }}>
        {t('selfAssessment.cardTitle')}
      </h2>
      <Card small testId="self-assessment-card">
        {body}
      </Card>
    </section>
  );
}
