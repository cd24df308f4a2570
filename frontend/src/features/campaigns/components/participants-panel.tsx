import { Empty, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useParticipants, type Participant } from '../api/participants';
import { formatDate } from './format';

/** The branches taking part in the campaign. */
export function ParticipantsPanel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const participants = useParticipants(campaignId, page);
  if (participants.isPending) return <Skeleton active />;
  if (participants.isError)
    return <ErrorState title={t('campaigns.loadFailed')} error={participants.error} onRetry={() => void participants.refetch()} />;
  if (participants.data.total === 0) return <Empty description={t('campaigns.participants.empty')} />;
  return (
    <Table<Participant>
      size="small"
      rowKey="branchId"
      dataSource={participants.data.items}
      loading={participants.isFetching}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize: 20, total: participants.data.total, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: t('campaigns.standard.indicatorCode'), dataIndex: 'branchCode', width: 80 },
        { title: t('campaigns.colParticipants'), dataIndex: 'branchName' },
        { title: t('campaigns.participants.joinedAt'), dataIndex: 'joinedAt', render: (d: string) => formatDate(d) },
      ]}
    />
  );
}
