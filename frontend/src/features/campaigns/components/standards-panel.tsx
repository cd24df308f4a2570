import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { useDeleteStandard } from '../api/delete-standard';
import { useStandards, type Standard } from '../api/get-standards';
import { StandardDrawer } from './standard-drawer';
import { MarkdownText } from '@/components/markdown-text';

/**
 * The standards with their indicators and points; staff add, edit each as a whole, or delete one. A plan's standards
 * taken over from the campaign above (上级统一) stay as they are; standards of its own are added beside them.
 */
export function StandardsPanel({
  campaignId,
  canEdit: mayEdit,
  adoptions = 0,
}: {
  campaignId: number;
  canEdit: boolean;
  /** Organisations below that adopted the campaign: their plans inherit these standards, which then stay as they are. */
  adoptions?: number;
}) {
  const canEdit = mayEdit && adoptions === 0;
  const { t } = useTranslation();
  const inheritedHintId = useId();
  const standards = useStandards(campaignId);
  const remove = useDeleteStandard(campaignId);
  const { confirmDelete, alert } = useConfirmDelete();
  // null: closed; 'new': adding one; otherwise the standard being edited.
  const [editing, setEditing] = useState<Standard | 'new' | null>(null);
  if (standards.isPending) return <Skeleton active />;
  if (standards.isError)
    return <ErrorState title={t('campaigns.loadFailed')} error={standards.error} onRetry={() => void standards.refetch()} />;
  const total = standards.data.reduce((acc, s) => acc + s.maxPoints, 0);
  const nextSeq = Math.max(0, ...standards.data.map((s) => s.seq)) + 1;
  const anyInherited = standards.data.some((s) => s.inherited);
  const inheritedHint = t('campaigns.standard.inheritedHint');
  const add = canEdit && (
    <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('campaigns.standard.add')}
    </Button>
  );
  return (
    <Flex vertical gap={12}>
      {alert}
      {anyInherited && <Alert type="info" showIcon id={inheritedHintId} title={inheritedHint} />}
      {mayEdit && adoptions > 0 && <Alert type="info" showIcon title={t('campaigns.standard.adoptedBelow', { count: adoptions })} />}
      {standards.data.length === 0 ? (
        <Empty description={t('campaigns.standard.empty')}>{add}</Empty>
      ) : (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text strong>{t('campaigns.standard.total', { value: total })}</Typography.Text>
            {add}
          </Flex>
          {standards.data.map((s) => (
            <Card
              key={s.id}
              size="small"
              data-testid={`standard-${s.code}`}
              title={
                <Flex wrap gap={8} align="center">
                  <span style={{ whiteSpace: 'normal' }}>
                    {s.seq}. {s.name} · {t('campaigns.standard.points', { value: s.maxPoints })}
                  </span>
                  {s.inherited && <Tag color="blue">{t('campaigns.standard.inherited')}</Tag>}
                </Flex>
              }
              extra={
                canEdit && (
                  <Tooltip title={s.inherited ? inheritedHint : undefined}>
                    <Flex gap={8}>
                      <Button
                        autoInsertSpace={false}
                        disabled={s.inherited}
                        aria-describedby={s.inherited ? inheritedHintId : undefined}
                        onClick={() => setEditing(s)}
                        aria-label={`${t('common.edit')} ${s.name}`}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        danger
                        autoInsertSpace={false}
                        disabled={s.inherited}
                        aria-describedby={s.inherited ? inheritedHintId : undefined}
                        aria-label={`${t('common.delete')} ${s.name}`}
                        onClick={() =>
                          confirmDelete({
                            title: t('campaigns.standard.deleteTitle'),
                            content: t('campaigns.standard.deleteConfirm', { name: s.name }),
                            run: () => remove.mutateAsync(s.id),
                            done: t('campaigns.standard.deleted'),
                          })
                        }
                      >
                        {t('common.delete')}
                      </Button>
                    </Flex>
                  </Tooltip>
                )
              }
            >
              {s.description && (
                <div style={{ marginBottom: 12 }}>
                  <MarkdownText text={s.description} />
                </div>
              )}
              <Typography.Text type="secondary">{t('campaigns.standard.indicators')}</Typography.Text>
              <ol style={{ paddingLeft: 20, margin: '4px 0 0' }}>
                {s.indicators.map((i) => (
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
        </>
      )}
      {editing && (
        <StandardDrawer
          campaignId={campaignId}
          standard={editing === 'new' ? null : editing}
          nextSeq={nextSeq}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
