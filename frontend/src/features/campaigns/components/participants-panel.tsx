import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useParticipants, type Participant } from '../api/get-participants';
import { useRemoveParticipant } from '../api/remove-participant';
import { AddParticipantsDrawer } from './add-participants-drawer';
import { formatDate } from './format';
import { PhonePager } from '@/components/phone-pager';

const PAGE_SIZE = 20;

/** The branches taking part in the campaign; staff add several at once and remove one (the API may refuse). */
export function ParticipantsPanel({ campaignId, canEdit = false }: { campaignId: number; canEdit?: boolean }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const participants = useParticipants(campaignId, page, PAGE_SIZE);
  const remove = useRemoveParticipant(campaignId);
  const { confirmDelete, alert } = useConfirmDelete();

  const removeButton = (p: Participant) => (
    <Button
      danger
      autoInsertSpace={false}
      aria-label={`${t('campaigns.participants.remove')} ${p.branchName}`}
      onClick={() =>
        confirmDelete({
          title: t('campaigns.participants.removeTitle'),
          content: t('campaigns.participants.removeConfirm', { name: p.branchName }),
          okText: t('campaigns.participants.remove'),
          run: () => remove.mutateAsync(p.branchId),
          done: t('campaigns.participants.removed', { name: p.branchName }),
        })
      }
    >
      {t('campaigns.participants.remove')}
    </Button>
  );

  let body;
  if (participants.isPending) body = <Skeleton active />;
  else if (participants.isError)
    body = <ErrorState title={t('campaigns.loadFailed')} error={participants.error} onRetry={() => void participants.refetch()} />;
  else if (participants.data.total === 0) body = <Empty description={t('campaigns.participants.empty')} />;
  else if (phone)
    body = (
      <>
        <Flex
          vertical
          gap={8}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t('campaigns.tabs.participants')}
        >
          {participants.data.items.map((p) => (
            <li key={p.branchId} data-testid="participant">
              <Card size="small">
                <Flex justify="space-between" align="center" gap={8}>
                  <div style={{ minWidth: 0 }}>
                    <strong>{p.branchName}</strong>
                    <div>
                      <Typography.Text type="secondary">
                        {p.branchCode} · {t('campaigns.participants.joinedAt')} {formatDate(p.joinedAt)}
                      </Typography.Text>
                    </div>
                  </div>
                  {canEdit && removeButton(p)}
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={participants.data.total} onChange={setPage} />
      </>
    );
  else
    body = (
      <Table<Participant>
        size="small"
        rowKey="branchId"
        dataSource={participants.data.items}
        loading={participants.isFetching}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: participants.data.total, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('campaigns.participants.code'), dataIndex: 'branchCode', width: 100 },
          { title: t('campaigns.participants.name'), dataIndex: 'branchName' },
          { title: t('campaigns.participants.joinedAt'), dataIndex: 'joinedAt', width: 160, render: (d: string) => formatDate(d) },
          ...(canEdit
            ? [{ title: t('common.actions'), key: 'actions', width: 100, render: (_: unknown, p: Participant) => removeButton(p) }]
            : []),
        ]}
      />
    );

  return (
    <Flex vertical gap={12}>
      {alert}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong data-testid="participant-total">
          {t('campaigns.participants.total', { count: participants.data?.total ?? 0 })}
        </Typography.Text>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('campaigns.participants.add')}
          </Button>
        )}
      </Flex>
      {body}
      {adding && <AddParticipantsDrawer campaignId={campaignId} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
