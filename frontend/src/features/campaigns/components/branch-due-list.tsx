import { RightOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { Button, Card, Empty, Notice, Skeleton } from '@/components/plain';
import { StatusTag } from '@/components/status-tag';
import { problemMessage } from '@/lib/problem';
import { useBranchDue } from '../api/branch-due';
import type { DeliverableType } from '../api/get-deliverable-types';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { useCreateDeliverable } from '../api/create-deliverable';
import type { DueEntry } from './due-rules';
import { formatDate } from './format';

type Href = (campaignId: number, id: number) => string;

/** Starting a deliverable: one key per tap, so a retried request makes no second draft; then straight to the form. */
function useStart(campaignId: number, href: Href) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDeliverable(campaignId);
  const keys = useRef(new Map<number, string>());
  const [failure, setFailure] = useState<string | null>(null);
  const start = async (type: DeliverableType) => {
    const typeId = type.id;
    const key = keys.current.get(typeId) ?? newIdempotencyKey(`new-${typeId}`);
    keys.current.set(typeId, key);
    setFailure(null);
    try {
      const created = await create.mutateAsync({ typeId, title: type.name, key });
      keys.current.delete(typeId);
      void navigate(href(campaignId, created.id));
    } catch (error) {
      setFailure(problemMessage(error, t));
    }
  };
  return { start, failure, busy: create.isPending ? create.variables.typeId : undefined };
}

function EntryCard({
  entry,
  campaignId,
  href,
  start,
  busy,
}: {
  entry: DueEntry;
  campaignId: number;
  href: Href;
  start: (t: DeliverableType) => void;
  busy?: number;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = 'deliverable' in entry ? entry.deliverable.title : entry.type.name;
  const typeName = 'deliverable' in entry ? entry.deliverable.typeName : undefined;
  let when: string | null = null;
  if (entry.kind === 'later') when = t('deliverables.due.startsOn', { date: formatDate(entry.startsOn) });
  else if (entry.deadline) when = t('deliverables.due.deadline', { date: formatDate(entry.deadline) });
  const open = 'deliverable' in entry ? () => void navigate(href(campaignId, entry.deliverable.id)) : () => start(entry.type);
  const label = entry.kind === 'returned' ? 'fix' : entry.kind === 'start' && entry.another ? 'another' : 'write';
  return (
    <li data-testid="due-item" data-kind={entry.kind}>
      <Card small tone={entry.kind === 'returned' ? 'returned' : undefined}>
        <div className="cx-due-entry">
          <div className="cx-due-text">
            <strong>{name}</strong>
            {typeName && typeName !== name && <span className="cx-muted">{typeName}</span>}
            {entry.kind === 'returned' && entry.deliverable.returnReason && (
              <span className="cx-danger-text">{t('deliverables.due.reason', { reason: entry.deliverable.returnReason })}</span>
            )}
            <span className="cx-row" style={{ gap: 4 }}>
              {entry.kind === 'returned' && <StatusTag tone="bad">{t('deliverables.status.RETURNED')}</StatusTag>}
              {entry.kind === 'draft' && <StatusTag tone="off">{t('deliverables.status.DRAFT')}</StatusTag>}
              {entry.kind === 'start' && entry.type.required && !entry.another && (
                <StatusTag tone="info">{t('deliverables.due.required')}</StatusTag>
              )}
              {'overdue' in entry && entry.overdue && <StatusTag tone="warn">{t('deliverables.due.overdue')}</StatusTag>}
              {when && <span className="cx-muted">{when}</span>}
            </span>
          </div>
          {entry.kind !== 'later' && (
            <Button
              primary={!(entry.kind === 'start' && entry.another)}
              onClick={open}
              loading={entry.kind === 'start' && busy === entry.type.id}
              style={{ minHeight: 44, flexShrink: 0 }}
            >
              {t(`deliverables.due.${label}`)} <RightOutlined aria-hidden />
            </Button>
          )}
        </div>
      </Card>
    </li>
  );
}

function Group({
  title,
  entries,
  ...rest
}: {
  title: string;
  entries: DueEntry[];
  campaignId: number;
  href: Href;
  start: (t: DeliverableType) => void;
  busy?: number;
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 style={{ fontSize: '1em', margin: '8px 0' }}>{title}</h3>
      <ul className="cx-plain-list">
        {entries.map((e) => (
          <EntryCard key={'deliverable' in e ? `d${e.deliverable.id}` : `${e.kind}${e.type.id}`} entry={e} {...rest} />
        ))}
      </ul>
    </section>
  );
}

/** The chair's list of what is due in the running campaign, in order, each one tap from its form. */
export function BranchDueList({ deliverableHref, showLater = true }: { deliverableHref: Href; showLater?: boolean }) {
  const { t } = useTranslation();
  const due = useBranchDue();
  const { start, busy, failure } = useStart(due.campaignId, deliverableHref);
  if (due.noCampaign) return <Empty description={t('campaigns.live.none')} />;
  if (due.error) return <ErrorState title={t('deliverables.loadFailed')} error={due.error} onRetry={due.refetch} />;
  if (due.isPending || !due.groups) return <Skeleton rows={3} />;
  const { returned, soon, later } = due.groups;
  const common = { campaignId: due.campaignId, href: deliverableHref, start: (ty: DeliverableType) => void start(ty), busy };
  return (
    <section aria-labelledby="due-title" data-testid="due-list">
      <h2 id="due-title" style={{ fontSize: '1.2em', margin: 0 }}>
        {t('deliverables.due.title')}
      </h2>
      {failure && (
        <div style={{ margin: '8px 0' }}>
          <Notice tone="error" role="alert">
            {failure}
          </Notice>
        </div>
      )}
      {returned.length + soon.length === 0 && <p className="cx-muted">{t('deliverables.due.nothing')}</p>}
      <Group title={t('deliverables.due.returned')} entries={returned} {...common} />
      <Group title={t('deliverables.due.soon')} entries={soon} {...common} />
      {showLater && <Group title={t('deliverables.due.later')} entries={later} {...common} />}
    </section>
  );
}
