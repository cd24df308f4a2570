import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';
import type { FixItem } from '../api/get-deliverables';
import { useMarkFixItem } from '../api/mark-fix-item';

/** One item: the chair says what was changed and ticks it; a ticked item can be opened again. */
function FixListItem({
  campaignId,
  deliverableId,
  item,
  canTick,
}: {
  campaignId: number;
  deliverableId: number;
  item: FixItem;
  canTick: boolean;
}) {
  const { t } = useTranslation();
  const mark = useMarkFixItem(campaignId, deliverableId);
  const [note, setNote] = useState(item.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const tick = async (addressed: boolean) => {
    if (addressed && !note.trim()) return setProblem(t('deliverables.fixNoteRequired'));
    setProblem(null);
    try {
      await mark.mutateAsync({ itemId: item.id, addressed, note: note.trim(), version: item.version });
    } catch (error) {
      setProblem(problemMessage(error, t));
    }
  };
  return (
    <li data-testid="fix-item" data-addressed={item.addressed ? 'true' : 'false'}>
      <Card size="small" style={item.addressed ? { borderColor: '#9fcf86' } : undefined}>
        <Typography.Paragraph style={{ margin: 0 }}>
          <strong>{item.seq}. </strong>
          {item.description}
        </Typography.Paragraph>
        {item.addressed ? (
          <Flex vertical gap={4} style={{ marginTop: 8 }}>
            <Typography.Text type="success">
              <CheckCircleFilled aria-hidden /> {t('deliverables.addressed')}
              {item.note ? `：${item.note}` : ''}
            </Typography.Text>
            {canTick && (
              <div>
                <Button type="link" style={{ padding: 0 }} onClick={() => void tick(false)} loading={mark.isPending}>
                  {t('deliverables.fixReopen')}
                </Button>
              </div>
            )}
          </Flex>
        ) : (
          canTick && (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              <Input.TextArea
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={1000}
                autoSize={{ minRows: 2 }}
                placeholder={t('deliverables.fixNotePlaceholder')}
                aria-label={t('deliverables.fixNoteLabel', { seq: item.seq })}
              />
              {problem && <Alert type="error" showIcon role="alert" title={problem} />}
              <div>
                <Button type="primary" ghost onClick={() => void tick(true)} loading={mark.isPending} style={{ minHeight: 44 }}>
                  {t('deliverables.fixTick')}
                </Button>
              </div>
            </Flex>
          )
        )}
      </Card>
    </li>
  );
}

/** The fix list of the last return, ticked one by one by the branch while the deliverable is returned. */
export function FixList({
  campaignId,
  deliverableId,
  items,
  canTick,
}: {
  campaignId: number;
  deliverableId: number;
  items: FixItem[];
  canTick: boolean;
}) {
  return (
    <Flex vertical gap={8} component="ol" style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
      {items.map((i) => (
        <FixListItem key={`${i.id}-${i.version}`} campaignId={campaignId} deliverableId={deliverableId} item={i} canTick={canTick} />
      ))}
    </Flex>
  );
}
