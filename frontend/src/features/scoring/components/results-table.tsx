import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Pagination, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import { useIsPhone } from '@/hooks/use-is-phone';
import type { Standard } from '@/features/campaigns/api/get-standards';
import type { BranchResult } from '../api/list-results';
import { sortFrom, sortOrderOf, type ResultSort } from './result-rules';
import { EligibilityTag, ResultFlags } from './result-tags';

type Props = {
  rows: BranchResult[];
  standards: Standard[];
  sort: ResultSort;
  onSort: (sort: ResultSort) => void;
  pagination: TableProps<BranchResult>['pagination'];
  loading: boolean;
  consensusLabel: (row: BranchResult) => string | null;
  onConsensus: (row: BranchResult) => void;
};

const nowrap = () => ({ className: 'cx-nowrap' });
const dash = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/** The ranking with every standard's score, the flags and a way into the consensus: a table on a desk, cards on a phone. */
export function ResultsTable({ rows, standards, sort, onSort, pagination, loading, consensusLabel, onConsensus }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  if (rows.length === 0) return <Empty description={t('resultsDesk.empty')} />;
  const scoreOf = (row: BranchResult, standardId?: number) => row.standards?.find((s) => s.standardId === standardId)?.points;
  const consensusButton = (row: BranchResult, block = false) => {
    const label = consensusLabel(row);
    if (!label) return null;
    return (
      <Button
        type={row.disagreement && !row.consensus ? 'primary' : 'default'}
        icon={<TeamOutlined aria-hidden />}
        block={block}
        onClick={() => onConsensus(row)}
        aria-label={`${label} ${row.branchName}`}
      >
        {label}
      </Button>
    );
  };

  if (phone)
    return (
      <>
        <Flex vertical gap={12} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="results-cards">
          {rows.map((row) => (
            <li key={row.branchId} data-testid={`result-${row.branchCode}`}>
              <Card size="small" title={`${row.rank ? `${row.rank}. ` : ''}${row.branchName}`}>
                <Flex vertical gap={8}>
                  <Typography.Text>
                    <strong>
                      {t('resultsDesk.total')} {row.total ?? t('resultsDesk.unscored')}
                    </strong>
                    {' · '}
                    {t('resultsDesk.grade')} {dash(row.grade)} · {t('resultsDesk.sheets')} {row.scoresheets}
                  </Typography.Text>
                  {(row.disagreement || row.consensus) && <ResultFlags row={row} />}
                  {row.standards && (
                    <Descriptions
                      size="small"
                      column={2}
                      items={standards.map((s) => ({
                        key: String(s.id),
                        label: s.name,
                        children: `${dash(scoreOf(row, s.id))} / ${s.maxPoints}`,
                      }))}
                    />
                  )}
                  <EligibilityTag row={row} />
                  {consensusButton(row, true)}
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
        {pagination && <Pagination simple {...pagination} style={{ marginTop: 12 }} />}
      </>
    );

  return (
    <ScrollRegion label={t('assessment.resultsTitle')}>
      <Table<BranchResult>
        size="middle"
        rowKey="branchId"
        dataSource={rows}
        loading={loading}
        pagination={pagination}
        rowClassName={(row) => (row.disagreement && !row.consensus ? 'cx-row-flagged' : '')}
        onRow={(row) => ({ 'data-testid': `result-${row.branchCode}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          onSort(sortFrom(s?.columnKey as string | undefined, s?.order));
        }}
        columns={[
          {
            title: t('resultsDesk.rank'),
            key: 'rank',
            dataIndex: 'rank',
            sorter: true,
            sortOrder: sortOrderOf(sort, 'rank'),
            width: 80,
            onHeaderCell: nowrap,
            render: (r?: number) => <span className="cx-nowrap">{r ?? t('resultsDesk.unscored')}</span>,
          },
          {
            title: t('resultsDesk.branch'),
            key: 'branchCode',
            width: 180,
            sorter: true,
            sortOrder: sortOrderOf(sort, 'branchCode'),
            render: (_, row) => (
              <div style={{ minWidth: 150 }}>
                <Typography.Text strong>{row.branchName}</Typography.Text>
                <Typography.Text type="secondary"> {row.branchCode}</Typography.Text>
              </div>
            ),
          },
          {
            title: t('resultsDesk.total'),
            key: 'total',
            dataIndex: 'total',
            sorter: true,
            sortOrder: sortOrderOf(sort, 'total'),
            align: 'right',
            width: 80,
            onHeaderCell: nowrap,
            render: (v?: number) => <strong className="cx-nowrap">{dash(v)}</strong>,
          },
          {
            title: t('resultsDesk.grade'),
            dataIndex: 'grade',
            width: 64,
            onHeaderCell: nowrap,
            render: (v?: string) => <span className="cx-nowrap">{dash(v)}</span>,
          },
          {
            title: t('resultsDesk.flags'),
            key: 'flags',
            // The consensus sits next to the flag that asks for it.
            render: (_, row) => (
              <Flex vertical gap={6} align="flex-start">
                <ResultFlags row={row} />
                {consensusButton(row)}
              </Flex>
            ),
          },
          ...standards.map((s) => ({
            title: (
              <>
                <span className="cx-nowrap">{s.name}</span>
                <br />
                <span className="cx-nowrap" style={{ fontWeight: 'normal' }}>
                  {t('resultsDesk.outOf', { max: s.maxPoints })}
                </span>
              </>
            ),
            key: `standard-${s.id}`,
            align: 'right' as const,
            render: (_: unknown, row: BranchResult) => dash(scoreOf(row, s.id)),
          })),
          { title: t('resultsDesk.sheets'), dataIndex: 'scoresheets', align: 'right', width: 72, onHeaderCell: nowrap },
          { title: t('resultsDesk.eligibility'), key: 'eligible', width: 200, render: (_, row) => <EligibilityTag row={row} /> },
        ]}
      />
    </ScrollRegion>
  );
}
