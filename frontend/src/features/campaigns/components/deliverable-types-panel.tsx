import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { useDeleteDeliverableType } from '../api/delete-deliverable-type';
import { useDeliverableTypes, type DeliverableType } from '../api/get-deliverable-types';
import { usePhases } from '../api/get-phases';
import { DeliverableTypeDrawer } from './deliverable-type-drawer';
import { MarkdownText } from '@/components/markdown-text';

type Editing = { type: DeliverableType } | { phaseId: number } | null;

/** What branches hand in, grouped by phase: required or optional, and the fields they fill in. Staff add, edit and delete. */
export function DeliverableTypesPanel({ campaignId, canEdit = false }: { campaignId: number; canEdit?: boolean }) {
  const { t } = useTranslation();
  const phases = usePhases(campaignId);
  const types = useDeliverableTypes(campaignId);
  const remove = useDeleteDeliverableType(campaignId);
  const { confirmDelete, alert } = useConfirmDelete();
  const [editing, setEditing] = useState<Editing>(null);
  if (phases.isPending || types.isPending) return <Skeleton active />;
  if (phases.isError || types.isError)
    return (
      <ErrorState
        title={t('campaigns.loadFailed')}
        error={phases.error ?? types.error}
        onRetry={() => void Promise.all([phases.refetch(), types.refetch()])}
      />
    );
  if (phases.data.length === 0) return <Empty description={canEdit ? t('campaigns.type.phasesFirst') : t('campaigns.phase.empty')} />;
  const nextSeq = Math.max(0, ...types.data.map((d) => d.seq)) + 1;
  return (
    <Flex vertical gap={12}>
      {alert}
      {phases.data.map((phase) => {
        const own = types.data.filter((d) => d.phaseId === phase.id);
        return (
          <Card
            key={phase.id}
            size="small"
            title={`${phase.seq}. ${phase.name}`}
            data-testid={`types-of-${phase.code}`}
            extra={
              canEdit && (
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => setEditing({ phaseId: phase.id })}
                  aria-label={`${t('campaigns.type.add')}（${phase.name}）`}
                >
                  {t('campaigns.type.add')}
                </Button>
              )
            }
          >
            {own.length === 0 ? (
              <Typography.Text>{t('campaigns.type.empty')}</Typography.Text>
            ) : (
              <ul style={{ paddingLeft: canEdit ? 0 : 20, margin: 0, listStyle: canEdit ? 'none' : undefined }}>
                {own.map((d) => (
                  <li key={d.id} data-testid={`type-${d.code}`} style={{ marginBottom: 8 }}>
                    <Flex justify="space-between" align="flex-start" wrap gap={8}>
                      <div style={{ minWidth: 0, flex: '1 1 240px' }}>
                        <Flex wrap gap={4} align="center">
                          <strong>{d.name}</strong>
                          <Tag>{d.required ? t('campaigns.type.required') : t('campaigns.type.optional')}</Tag>
                          {d.multiple && <Tag>{t('campaigns.type.multiple')}</Tag>}
                        </Flex>
                        {d.description && <MarkdownText text={d.description} />}
                        {d.fields.length > 0 && (
                          <Typography.Text type="secondary">
                            {t('campaigns.type.fields', { fields: d.fields.map((f) => f.label).join('、') })}
                          </Typography.Text>
                        )}
                      </div>
                      {canEdit && (
                        <Flex gap={8}>
                          <Button
                            autoInsertSpace={false}
                            onClick={() => setEditing({ type: d })}
                            aria-label={`${t('common.edit')} ${d.name}`}
                          >
                            {t('common.edit')}
                          </Button>
                          <Button
                            danger
                            autoInsertSpace={false}
                            aria-label={`${t('common.delete')} ${d.name}`}
                            onClick={() =>
                              confirmDelete({
                                title: t('campaigns.type.deleteTitle'),
                                content: t('campaigns.type.deleteConfirm', { name: d.name }),
                                run: () => remove.mutateAsync(d.id),
                                done: t('campaigns.type.deleted'),
                              })
                            }
                          >
                            {t('common.delete')}
                          </Button>
                        </Flex>
                      )}
                    </Flex>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        );
      })}
      {editing && (
        <DeliverableTypeDrawer
          campaignId={campaignId}
          phases={phases.data}
          type={'type' in editing ? editing.type : null}
          phaseId={'phaseId' in editing ? editing.phaseId : undefined}
          nextSeq={nextSeq}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
