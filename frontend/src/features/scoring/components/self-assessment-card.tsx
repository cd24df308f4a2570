import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useSelfAssessment } from '../api/get-self-assessment';
import { selfStatus } from './self-assessment-rules';
import { SelfStatusTag } from './self-status-tag';

/** On the branch chair's campaign home: where the self-assessment stands and the way into it. */
export function SelfAssessmentCard({ campaignId, branchId, href }: { campaignId: number; branchId: number; href: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const self = useSelfAssessment(campaignId, branchId);
  let body;
  if (self.isPending) body = <Skeleton active paragraph={{ rows: 1 }} />;
  else if (self.isError)
    body = <ErrorState title={t('selfAssessment.loadFailed')} error={self.error} onRetry={() => void self.refetch()} />;
  else {
    const status = selfStatus(self.data);
    const action = { NONE: 'start', DRAFT: 'continue', SUBMITTED: 'view' }[status];
    body = (
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex gap={8} align="center" wrap>
          <SelfStatusTag self={self.data} />
          {self.data?.total != null && <Typography.Text>{t('selfAssessment.summary', { total: self.data.total })}</Typography.Text>}
        </Flex>
        <Button type={status === 'SUBMITTED' ? 'default' : 'primary'} onClick={() => void navigate(href)}>
          {t(`selfAssessment.${action}`)} <RightOutlined aria-hidden />
        </Button>
      </Flex>
    );
  }
  return (
    <section aria-labelledby="self-card-title" style={{ marginTop: 16 }}>
      <Typography.Title level={2} id="self-card-title" style={{ fontSize: '1.2em' }}>
        {t('selfAssessment.cardTitle')}
      </Typography.Title>
      <Card size="small" data-testid="self-assessment-card">
        {body}
      </Card>
    </section>
  );
}
