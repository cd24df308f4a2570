import { CloseOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import { useIsPhone } from '@/hooks/use-is-phone';
import type { Assignment } from '../api/list-assignments';
import { SheetStatusTag } from './assigned-branches';
import type { BranchRow } from './assignment-rules';

type Props = {
  rows: BranchRow[];
  selected: number[];
  onSelect: (branchIds: number[]) => void;
  canEdit: boolean;
  onAssign: (row: BranchRow) => void;
  onRemove: (row: BranchRow, assignment: Assignment) => void;
};

function Assessors({ row, canEdit, onRemove }: { row: BranchRow; canEdit: boolean; onRemove: Props['onRemove'] }) {
  const { t } = useTranslation();
  if (row.assignments.length === 0) return <Typography.Text type="secondary">{t('assessment.table.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {row.assignments.map((a) => (
        <Flex key={a.id} component="li" align="center" gap={6} wrap data-testid="assignment">
          <Typography.Text>{a.assessorName}</Typography.Text>
          <SheetStatusTag status={a.scoresheetStatus} />
          {canEdit && a.scoresheetStatus !== 'SUBMITTED' && (
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined aria-hidden />}
              aria-label={t('assessment.removeLabel', { assessor: a.assessorName, branch: row.branchName })}
              onClick={() => onRemove(row, a)}
            />
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/** The participating branches with their assessors: a selectable table on a desk, cards on a phone. */
export function AssignmentList({ rows, selected, onSelect, canEdit, onAssign, onRemove }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  if (rows.length === 0) return <Empty description={t('assessment.table.empty')} />;
  const assignButton = (row: BranchRow, block = false) => (
    <Button
      icon={<UserAddOutlined aria-hidden />}
      onClick={() => onAssign(row)}
      block={block}
      aria-label={t('assessment.assignTo', { name: row.branchName })}
    >
      {t('assessment.assign')}
    </Button>
  );

  if (phone)
    return (
      <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row) => (
          <li key={row.branchId}>
            <Card size="small">
              {canEdit ? (
                <Checkbox
                  checked={selected.includes(row.branchId)}
                  onChange={(e) => onSelect(e.target.checked ? [...selected, row.branchId] : selected.filter((id) => id !== row.branchId))}
                  style={{ minHeight: 44, alignItems: 'center' }}
                  data-touch-target
                >
                  <strong>{row.branchName}</strong> <Typography.Text type="secondary">{row.branchCode}</Typography.Text>
                </Checkbox>
              ) : (
                <Typography.Text strong>{row.branchName}</Typography.Text>
              )}
              <div style={{ margin: '8px 0' }}>
                <Assessors row={row} canEdit={canEdit} onRemove={onRemove} />
              </div>
              {canEdit && assignButton(row, true)}
            </Card>
          </li>
        ))}
      </Flex>
    );

  // No `scroll` here: antd would copy the select-all box into a hidden measuring row, a focusable element screen readers cannot reach.
  return (
    <ScrollRegion label={t('assessment.table.branch')}>
      <Table<BranchRow>
        size="middle"
        rowKey="branchId"
        dataSource={rows}
        pagination={false}
        rowSelection={
          canEdit
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => onSelect(keys.map(Number)),
                getCheckboxProps: (row) => ({ 'aria-label': t('assessment.table.selectBranch', { name: row.branchName }) }),
              }
            : undefined
        }
        columns={[
          { title: t('assessment.table.code'), dataIndex: 'branchCode', width: 90 },
          { title: t('assessment.table.branch'), dataIndex: 'branchName' },
          {
            title: t('assessment.table.assessors'),
            key: 'assessors',
            render: (_, row) => <Assessors row={row} canEdit={canEdit} onRemove={onRemove} />,
          },
          ...(canEdit
            ? [
                {
                  title: t('assessment.table.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, row: BranchRow) => assignButton(row),
                },
              ]
            : []),
        ]}
      />
    </ScrollRegion>
  );
}
