import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useStandards, type Standard } from '../api/standards';
import { StandardDrawer } from './standard-drawer';

/** The four standards with their indicators and points; staff edit each as a whole. */
export function StandardsPanel({ campaignId, canEdit }: { campaignId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const standards = useStandards(campaignId);
  const [editing, setEditing] = useState<Standard | null>(null);
  if (standards.isPending) return <Skeleton active />;
  if (standards.isError)
    return <ErrorState title={t('campaigns.loadFailed')} error={standards.error} onRetry={() => void standards.refetch()} />;
  if (standards.data.length === 0) return <Empty description={t('campaigns.standard.empty')} />;
  const total = standards.data.reduce((acc, s) => acc + (s.maxPoints ?? 0), 0);
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>{t('campaigns.standard.total', { value: total })}</Typography.Text>
      {standards.data.map((s) => (
        <Card
          key={s.id}
          size="small"
          data-testid={`standard-${s.code}`}
          title={`${s.seq}. ${s.name} · ${t('campaigns.standard.points', { value: s.maxPoints })}`}
          extra={
            canEdit && (
              <Button autoInsertSpace={false} onClick={() => setEditing(s)} aria-label={`${t('common.edit')} ${s.name ?? ''}`}>
                {t('common.edit')}
              </Button>
            )
          }
        >
          {s.description && <Typography.Paragraph>{s.description}</Typography.Paragraph>}
          <Typography.Text type="secondary">{t('campaigns.standard.indicators')}</Typography.Text>
          <ol style={{ paddingLeft: 20, margin: '4px 0 0' }}>
            {(s.indicators ?? []).map((i) => (
              <li key={i.id} style={{ marginBottom: 4 }}>
                <Flex justify="space-between" gap={8}>
                  <span>
                    {i.name} <Typography.Text type="secondary">（{i.code}）</Typography.Text>
                  </span>
                  <strong style={{ whiteSpace: 'nowrap' }}>{t('campaigns.standard.points', { value: i.maxPoints })}</strong>
                </Flex>
              </li>
            ))}
          </ol>
        </Card>
      ))}
      {editing && <StandardDrawer campaignId={campaignId} standard={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}
