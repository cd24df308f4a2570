import { Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { MarkdownText } from '@/components/markdown-text';
import { useDeliverable } from '../api/get-deliverable';
import { useDeliverableTypes } from '../api/get-deliverable-types';
import { DeliverableAttachments } from './deliverable-attachments';
import { DeliverableChangesCard } from './deliverable-changes';
import { DeliverableEditor } from './deliverable-editor';
import { DeliverableReview } from './deliverable-review';
import { DeliverableStatusTag } from './deliverable-status-tag';
import { FixList } from './fix-list';
import { formatDate } from './format';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join('、');
  return value == null || value === '' ? '—' : String(value);
}

/** One deliverable: the branch edits and submits it; the committee accepts or returns it. */
export function DeliverableDetail({
  campaignId,
  id,
  canEdit,
  canReview,
  headingLevel = 1,
}: {
  campaignId: number;
  id: number;
  canEdit: boolean;
  canReview: boolean;
  /** 2 when shown inside another page (a drawer over the scoresheet). */
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const deliverable = useDeliverable(campaignId, id);
  const types = useDeliverableTypes(campaignId);
  if (deliverable.isPending || types.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (deliverable.isError || types.isError)
    return (
      <ErrorState
        title={t('deliverables.loadFailed')}
        error={deliverable.error ?? types.error}
        onRetry={() => void deliverable.refetch()}
      />
    );
  const d = deliverable.data;
  const fields = types.data.find((ty) => ty.id === d.typeId)?.fields ?? [];
  const editable = canEdit && (d.status === 'DRAFT' || d.status === 'RETURNED');

  return (
    <section aria-labelledby="deliverable-title">
      <Typography.Title level={headingLevel} id="deliverable-title" style={{ fontSize: '1.4em', margin: 0 }}>
        {d.title}
      </Typography.Title>
      <Flex wrap gap={8} align="center" style={{ margin: '4px 0 12px' }}>
        <DeliverableStatusTag status={d.status} late={d.late} />
        <Typography.Text type="secondary">
          {d.typeName} · {d.branchName} · {t('campaigns.phase.deadline', { date: formatDate(d.deadline) })}
        </Typography.Text>
      </Flex>
      {d.status === 'RETURNED' && (
        <Card
          size="small"
          style={{ marginBottom: 12, borderColor: '#e8a5a5' }}
          title={t('deliverables.returnedTitle')}
          data-testid="return-notice"
        >
          <Typography.Paragraph>
            <strong>{t('deliverables.returnReason')}：</strong>
            {d.returnReason}
          </Typography.Paragraph>
          <Typography.Text strong>{t('deliverables.fixItems')}</Typography.Text>
          {editable && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('deliverables.fixHint')}
            </Typography.Paragraph>
          )}
          <FixList campaignId={campaignId} deliverableId={d.id} items={d.fixItems} canTick={editable} />
        </Card>
      )}
      {editable ? (
        // Kept mounted across saves and uploads: a new version from the server never resets what is being typed.
        <DeliverableEditor
          key={d.status}
          campaignId={campaignId}
          deliverable={d}
          fields={fields}
          openFixItems={d.fixItems.filter((i) => !i.addressed).length}
        />
      ) : (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            ...fields.map((f) => {
              const value = d.fields[f.key];
              // A long text may be written with Markdown; short values show as they are.
              const children =
                f.type === 'TEXTAREA' && typeof value === 'string' && value !== '' ? (
                  <MarkdownText text={value} />
                ) : (
                  <div style={{ whiteSpace: 'pre-wrap' }}>{show(value)}</div>
                );
              return { key: f.key, label: f.label, children };
            }),
            ...(d.body
              ? [{ key: 'body', label: t('deliverables.body'), children: <MarkdownText text={d.body} testId="deliverable-body" /> }]
              : []),
          ]}
        />
      )}
      <DeliverableAttachments campaignId={campaignId} deliverableId={d.id} attachments={d.attachments} />
      {canReview && d.status === 'SUBMITTED' && d.fixItems.length > 0 && <DeliverableChangesCard campaignId={campaignId} id={d.id} />}
      {canReview && d.status === 'SUBMITTED' && (
        <div style={{ marginTop: 16 }}>
          <DeliverableReview campaignId={campaignId} deliverable={d} />
        </div>
      )}
    </section>
  );
}
