import { RightOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { problemMessage } from '@/lib/problem';
import { useBranchDue } from '../api/branch-due';
import type { DeliverableType } from '../api/get-deliverable-types';
import { newIdempotencyKey } from '@/lib/idempotency-key';
import { useCreateDeliverable } from '../api/create-deliverable';
import type { DueEntry } from './due-rules';
import { formatDate } from './format';

// Dark enough on its pale ground for small text (antd's orange tag is not).
const OVERDUE = { color: '#873800', background: '#fff7e6', borderColor: '#ffc069' };

type Href = (campaignId: number, id: number) => string;

/** Starting a deliverable: one key per tap, so a retried request makes no second draft; then straight to the form. */
function useStart(campaignId: number, href: Href) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateDeliverable(campaignId);
  const keys = useRef(new Map<number, string>());
  const start = async (type: DeliverableType) => {
    const typeId = type.id;
    const key = keys.current.get(typeId) ?? newIdempotencyKey(`new-${typeId}`);
    keys.current.set(typeId, key);
    try {
      const created = await create.mutateAsync({ typeId, title: type.name, key });
      keys.current.delete(typeId);
      void navigate(href(campaignId, created.id));
    } catch (error) {
      void message.error(problemMessage(error, t));
    }
  };
  return { start, busy: create.isPending ? create.variables.typeId : undefined };
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
      <Card size="small" style={entry.kind === 'returned' ? { borderColor: '#e8a5a5' } : undefined}>
        <Flex justify="space-between" align="center" gap={8}>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong>{name}</Typography.Text>
            {typeName && typeName !== name && <Typography.Text type="secondary">{typeName}</Typography.Text>}
            {entry.kind === 'returned' && entry.deliverable.returnReason && (
              <Typography.Text type="danger">{t('deliverables.due.reason', { reason: entry.deliverable.returnReason })}</Typography.Text>
            )}
            <Flex gap={4} wrap align="center">
              {entry.kind === 'returned' && <Tag color="red">{t('deliverables.status.RETURNED')}</Tag>}
              {entry.kind === 'draft' && <Tag>{t('deliverables.status.DRAFT')}</Tag>}
              {entry.kind === 'start' && entry.type.required && !entry.another && <Tag color="blue">{t('deliverables.due.required')}</Tag>}
              {'overdue' in entry && entry.overdue && <Tag style={OVERDUE}>{t('deliverables.due.overdue')}</Tag>}
              {when && <Typography.Text type="secondary">{when}</Typography.Text>}
            </Flex>
          </Flex>
          {entry.kind !== 'later' && (
            <Button
              type={entry.kind === 'start' && entry.another ? 'default' : 'primary'}
              onClick={open}
              loading={entry.kind === 'start' && busy === entry.type.id}
              style={{ minHeight: 44, flexShrink: 0 }}
            >
              {t(`deliverables.due.${label}`)} <RightOutlined aria-hidden />
            </Button>
          )}
        </Flex>
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
      <Typography.Title level={3} style={{ fontSize: '1em', margin: '8px 0' }}>
        {title}
      </Typography.Title>
      <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((e) => (
          <EntryCard key={'deliverable' in e ? `d${e.deliverable.id}` : `${e.kind}${e.type.id}`} entry={e} {...rest} />
        ))}
      </Flex>
    </section>
  );
}

/** The chair's list of what is due in the running campaign, in order, each one tap from its form. */
export function BranchDueList({ deliverableHref, showLater = true }: { deliverableHref: Href; showLater?: boolean }) {
  const { t } = useTranslation();
  const due = useBranchDue();
  const { start, busy } = useStart(due.campaignId, deliverableHref);
  if (due.noCampaign) return <Empty description={t('campaigns.live.none')} />;
  if (due.error) return <ErrorState title={t('deliverables.loadFailed')} error={due.error} onRetry={due.refetch} />;
  if (due.isPending || !due.groups) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { returned, soon, later } = due.groups;
  const common = { campaignId: due.campaignId, href: deliverableHref, start: (ty: DeliverableType) => void start(ty), busy };
  return (
    <section aria-labelledby="due-title" data-testid="due-list">
      <Typography.Title level={2} id="due-title" style={{ fontSize: '1.2em', margin: 0 }}>
        {t('deliverables.due.title')}
      </Typography.Title>
      {returned.length + soon.length === 0 && <Typography.Paragraph type="secondary">{t('deliverables.due.nothing')}</Typography.Paragraph>}
      <Group title={t('deliverables.due.returned')} entries={returned} {...common} />
      <Group title={t('deliverables.due.soon')} entries={soon} {...common} />
      {showLater && <Group title={t('deliverables.due.later')} entries={later} {...common} />}
    </section>
  );
}
