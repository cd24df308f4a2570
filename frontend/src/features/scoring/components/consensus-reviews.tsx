import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import type { Standard } from '@/features/campaigns/api/get-standards';
import type { BranchResultDetail } from '../api/get-branch-result-detail';
import type { BranchResult } from '../api/list-results';
import { reviewSubtotals } from './result-rules';

type Line = { key: string; label: string; total?: number | null; points: Map<number, number | undefined> };

/** What each assessor gave the branch per standard, beside the current score: the ground of a consensus. */
export function ConsensusReviews({
  detail,
  row,
  standards,
}: {
  detail: BranchResultDetail | undefined;
  row: BranchResult;
  standards: Standard[];
}) {
  const { t } = useTranslation();
  const reviews = reviewSubtotals(detail, standards);
  if (reviews.length === 0) return <Typography.Paragraph type="secondary">{t('consensus.noReviews')}</Typography.Paragraph>;
  const lines: Line[] = [
    ...reviews.map((r, i) => ({ key: `r${i}`, label: r.label, total: r.total, points: r.subtotal as Map<number, number | undefined> })),
    {
      key: 'current',
      label: t('consensus.current'),
      total: row.total,
      points: new Map(standards.map((s) => [s.id, row.standards?.find((x) => x.standardId === s.id)?.points])),
    },
  ];
  return (
    <ScrollRegion label={t('consensus.reviews')}>
      <Table<Line>
        size="small"
        rowKey="key"
        dataSource={lines}
        pagination={false}
        data-testid="consensus-reviews"
        columns={[
          {
            title: t('consensus.reviewer'),
            dataIndex: 'label',
            render: (v: string, l) => (l.key === 'current' ? <strong>{v}</strong> : v),
          },
          ...standards.map((s) => ({
            title: s.name,
            key: String(s.id),
            align: 'right' as const,
            render: (_: unknown, l: Line) => l.points.get(s.id) ?? '—',
          })),
          { title: t('resultsDesk.total'), dataIndex: 'total', align: 'right', render: (v?: number | null) => v ?? '—' },
        ]}
      />
    </ScrollRegion>
  );
}
