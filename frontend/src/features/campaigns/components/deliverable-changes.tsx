import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useDeliverableChanges } from '../api/get-deliverable-changes';
import { FixList } from './fix-list';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join('、');
  return value == null || value === '' ? '—' : String(value);
}

const LINE = {
  ADDED: { prefix: '+', style: { background: '#e6f4e0', color: '#1d5c08' } },
  REMOVED: { prefix: '−', style: { background: '#fdecec', color: '#8a1c1c', textDecoration: 'line-through' } },
  SAME: { prefix: ' ', style: {} },
} as const;

/** The reviewer's view of what the branch changed since the last return: fields, then the text line by line. */
export function DeliverableChangesCard({ campaignId, id }: { campaignId: number; id: number }) {
  const { t } = useTranslation();
  const changes = useDeliverableChanges(campaignId, id, true);
  let body;
  if (changes.isPending) body = <Skeleton active />;
  else if (changes.isError) body = <ErrorState title={t('deliverables.loadFailed')} error={changes.error} />;
  else {
    const c = changes.data;
    const changed = c.fields.filter((f) => f.changed);
    body = (
      <>
        <Typography.Paragraph type="secondary">
          {t('deliverables.changesSince', { from: c.sinceRevision, to: c.currentRevision })}
        </Typography.Paragraph>
        {c.titleBefore !== c.titleAfter && (
          <Typography.Paragraph>
            {t('deliverables.title')}：{c.titleBefore} → {c.titleAfter}
          </Typography.Paragraph>
        )}
        {changed.length === 0 ? (
          <Typography.Paragraph>{t('deliverables.noFieldChanges')}</Typography.Paragraph>
        ) : (
          <ul style={{ paddingLeft: 20 }} data-testid="field-changes">
            {changed.map((f) => (
              <li key={f.key}>
                <strong>{f.label}</strong>：<del>{show(f.before)}</del> → <ins>{show(f.after)}</ins>
              </li>
            ))}
          </ul>
        )}
        {c.fixItems.length > 0 && (
          <div style={{ marginBottom: 12 }} data-testid="fix-notes">
            <Typography.Text strong>{t('deliverables.fixItems')}</Typography.Text>
            <FixList campaignId={campaignId} deliverableId={id} items={c.fixItems} canTick={false} />
          </div>
        )}
        {c.body.some((l) => l.op !== 'SAME') && (
          <pre style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }}>
            {c.body.map((l, i) => {
              const look = LINE[l.op];
              return (
                <div key={i} style={look.style}>
                  <span
                    aria-label={l.op === 'ADDED' ? t('deliverables.added') : l.op === 'REMOVED' ? t('deliverables.removed') : undefined}
                  >
                    {look.prefix}
                  </span>{' '}
                  {l.text}
                </div>
              );
            })}
          </pre>
        )}
      </>
    );
  }
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('deliverables.changes')} data-testid="deliverable-changes">
      {body}
    </Card>
  );
}
