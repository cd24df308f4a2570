import { CrownOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useLeadingGroup } from '../api/get-leading-group';

// Editing is rare: its form (and what it needs of Ant Design) loads only when a chair taps 编辑.
const LeadingGroupEditor = lazy(() => import('./leading-group-editor').then((m) => ({ default: m.LeadingGroupEditor })));

const ORDER = { LEADER: 0, DEPUTY: 1, MEMBER: 2 } as const;

/** A branch's leading group in a campaign: read it, or edit the whole list. */
export function LeadingGroupCard({ campaignId, branchId, canEdit }: { campaignId: number; branchId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const group = useLeadingGroup(campaignId, branchId);
  const [editing, setEditing] = useState(false);

  let body;
  if (group.isPending) body = <Skeleton active />;
  else if (group.isError)
    body = <ErrorState title={t('campaigns.group.loadFailed')} error={group.error} onRetry={() => void group.refetch()} />;
  else if (editing)
    body = (
      <Suspense fallback={<Skeleton active />}>
        <LeadingGroupEditor campaignId={campaignId} branchId={branchId} group={group.data} onDone={() => setEditing(false)} />
      </Suspense>
    );
  else if (group.data.members.length === 0) body = <Empty description={t('campaigns.group.empty')} />;
  else {
    const members = [...group.data.members].sort((a, b) => ORDER[a.role] - ORDER[b.role]);
    body = (
      <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {members.map((m, i) => (
          <li key={`${m.name}-${i}`} data-testid="group-member">
            <Flex wrap gap={8} align="center">
              <strong>{m.name}</strong>
              <Tag icon={m.role === 'LEADER' ? <CrownOutlined aria-hidden /> : undefined}>{t(`campaigns.group.roles.${m.role}`)}</Tag>
              {m.position && <Typography.Text>{m.position}</Typography.Text>}
              {m.phone && <Typography.Text type="secondary">{m.phone}</Typography.Text>}
            </Flex>
            {m.responsibility && <Typography.Paragraph style={{ margin: 0 }}>{m.responsibility}</Typography.Paragraph>}
          </li>
        ))}
      </Flex>
    );
  }

  return (
    <Card
      style={{ marginTop: 16 }}
      title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('campaigns.group.title')}</h2>}
      extra={canEdit && !editing && group.isSuccess && <Button onClick={() => setEditing(true)}>{t('campaigns.group.edit')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('campaigns.group.hint')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
