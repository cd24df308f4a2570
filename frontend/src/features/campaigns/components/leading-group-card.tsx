import { CrownOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { Button, Card, Empty, Skeleton, Tag } from '@/components/plain';
import { withAntd } from '@/components/with-antd';
import { useLeadingGroup } from '../api/get-leading-group';

// Editing is rare: its form (and Ant Design, which it is drawn with) loads only when a chair taps 编辑.
const LeadingGroupEditor = lazy(withAntd(() => import('./leading-group-editor').then((m) => m.LeadingGroupEditor)));

const ORDER = { LEADER: 0, DEPUTY: 1, MEMBER: 2 } as const;

/** A branch's leading group in a campaign: read it, or edit the whole list. */
export function LeadingGroupCard({ campaignId, branchId, canEdit }: { campaignId: number; branchId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const group = useLeadingGroup(campaignId, branchId);
  const [editing, setEditing] = useState(false);

  let body;
  if (group.isPending) body = <Skeleton />;
  else if (group.isError)
    body = <ErrorState title={t('campaigns.group.loadFailed')} error={group.error} onRetry={() => void group.refetch()} />;
  else if (editing)
    body = (
      <Suspense fallback={<Skeleton />}>
        <LeadingGroupEditor campaignId={campaignId} branchId={branchId} group={group.data} onDone={() => setEditing(false)} />
      </Suspense>
    );
  else if (group.data.members.length === 0) body = <Empty description={t('campaigns.group.empty')} />;
  else {
    const members = [...group.data.members].sort((a, b) => ORDER[a.role] - ORDER[b.role]);
    body = (
      <ul className="cx-plain-list">
        {members.map((m, i) => (
          <li key={`${m.name}-${i}`} data-testid="group-member">
            <span className="cx-row">
              <strong>{m.name}</strong>
              <Tag icon={m.role === 'LEADER' ? <CrownOutlined /> : undefined}>{t(`campaigns.group.roles.${m.role}`)}</Tag>
              {m.position && <span>{m.position}</span>}
              {m.phone && <span className="cx-muted">{m.phone}</span>}
            </span>
            {m.responsibility && <p style={{ margin: 0 }}>{m.responsibility}</p>}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Card
      style={{ marginTop: 16 }}
      title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('campaigns.group.title')}</h2>}
      extra={canEdit && !editing && group.isSuccess && <Button onClick={() => setEditing(true)}>{t('campaigns.group.edit')}</Button>}
    >
      <p className="cx-muted" style={{ marginTop: 0 }}>
        {t('campaigns.group.hint')}
      </p>
      {body}
    </Card>
  );
}
