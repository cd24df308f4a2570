import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBranches } from '../api/get-branches';

/** How many branches there are, active and archived (three one-row page queries). */
export function BranchCounts() {
  const { t } = useTranslation();
  const all = useBranches({ size: 1 });
  const active = useBranches({ size: 1, status: 'ACTIVE' });
  const archived = useBranches({ size: 1, status: 'ARCHIVED' });
  const stats = [
    { key: 'all', title: t('home.branchCount'), q: all },
    { key: 'active', title: t('home.activeCount'), q: active },
    { key: 'archived', title: t('home.archivedCount'), q: archived },
  ];
  return (
    <Row gutter={[12, 12]}>
      {stats.map((s) => (
        <Col key={s.key} xs={8}>
          <Card size="small">
            <Statistic title={s.title} value={s.q.data?.total ?? '—'} loading={s.q.isPending} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
