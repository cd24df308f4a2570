import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useDeliverableTypes } from '../api/deliverable-types';
import { usePhases } from '../api/phases';

/** What branches hand in, grouped by phase: required or optional, and the fields they fill in. */
export function DeliverableTypesPanel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const phases = usePhases(campaignId);
  const types = useDeliverableTypes(campaignId);
  if (phases.isPending || types.isPending) return <Skeleton active />;
  if (phases.isError || types.isError)
    return <ErrorState title={t('campaigns.loadFailed')} error={phases.error ?? types.error} onRetry={() => void types.refetch()} />;
  if (phases.data.length === 0) return <Empty description={t('campaigns.phase.empty')} />;
  return (
    <Flex vertical gap={12}>
      {phases.data.map((phase) => {
        const own = types.data.filter((d) => d.phaseId === phase.id);
        return (
          <Card key={phase.id} size="small" title={`${phase.seq}. ${phase.name}`}>
            {own.length === 0 ? (
              <Typography.Text>{t('campaigns.type.empty')}</Typography.Text>
            ) : (
              <ul style={{ paddingLeft: 20, margin: 0 }}>
                {own.map((d) => (
                  <li key={d.id} style={{ marginBottom: 8 }}>
                    <Flex wrap gap={4} align="center">
                      <strong>{d.name}</strong>
                      <Tag>{d.required ? t('campaigns.type.required') : t('campaigns.type.optional')}</Tag>
                      {d.multiple && <Tag>{t('campaigns.type.multiple')}</Tag>}
                    </Flex>
                    {d.description && <Typography.Paragraph style={{ margin: 0 }}>{d.description}</Typography.Paragraph>}
                    {(d.fields ?? []).length > 0 && (
                      <Typography.Text type="secondary">
                        {t('campaigns.type.fields', { fields: (d.fields ?? []).map((f) => f.label).join('、') })}
                      </Typography.Text>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        );
      })}
    </Flex>
  );
}
