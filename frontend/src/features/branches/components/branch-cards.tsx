import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Branch } from '../api/get-branches';
import { BranchStatusTag } from './branch-status-tag';

type Props = {
  branches: Branch[];
  canManage: boolean;
  onEdit: (branch: Branch) => void;
  onStatusChange: (branch: Branch) => void;
  detailHref: (id: number) => string;
};

/** The phone list: one card per branch, the whole title a large tap target. */
export function BranchCards({ branches, canManage, onEdit, onStatusChange, detailHref }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {branches.map((b) => (
        <li key={b.id}>
          <Card size="small">
            <Link to={detailHref(b.id)} style={{ display: 'block', minHeight: 44, fontSize: '1.1em' }}>
              <strong>{b.name}</strong>
            </Link>
            <Flex wrap gap={8} align="center" style={{ marginBottom: 4 }}>
              <BranchStatusTag status={b.status} />
              <Typography.Text type="secondary">
                {b.code} · {t(`branches.kind.${b.kind}`)} · {t('branches.members', { count: b.memberCount })}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {t('organisations.belongsToName', { name: b.organisation.name })}
            </Typography.Paragraph>
            {b.workUnit && <Typography.Paragraph style={{ marginBottom: 0 }}>{b.workUnit}</Typography.Paragraph>}
            {canManage && (
              <Flex gap={8} style={{ marginTop: 8 }}>
                <Button onClick={() => onEdit(b)} style={{ flex: 1 }}>
                  {t('common.edit')}
                </Button>
                <Button onClick={() => onStatusChange(b)} danger={b.status === 'ACTIVE'} style={{ flex: 1 }}>
                  {b.status === 'ACTIVE' ? t('branches.archive') : t('branches.restore')}
                </Button>
              </Flex>
            )}
          </Card>
        </li>
      ))}
    </Flex>
  );
}
