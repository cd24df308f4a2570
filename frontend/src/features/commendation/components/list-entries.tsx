import { Button, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { useIsPhone } from '@/hooks/use-is-phone';
import type { CommendationList, ListEntry } from '../api/keys';
import { formatScore } from './format';
import { HiddenText } from './hidden-text';
import { EligibilityTag } from './status-tags';

type Props = {
  list: CommendationList;
  /** Staff may take a branch off a list that is still a draft or under notice. */
  onRemove?: (entry: ListEntry) => void;
  /** Certificates exist once the list is approved; staff get one per branch. */
  certificates?: boolean;
  /** The reader's own branch, marked on the list. */
  ownBranchId?: number | null;
};

export function certificatePath(listId: number, branchId: number): string {
  return `/api/v1/exports/commendation-lists/${listId}/certificates/${branchId}.pdf`;
}

/** The branches on a list: a table on a desk, cards on a phone; eligibility and origin in words. */
export function ListEntries({ list, onRemove, certificates, ownBranchId }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const entries = list.entries;
  const staff = Boolean(onRemove) || Boolean(certificates);
  if (entries.length === 0) return <Empty description={t('commendation.entriesEmpty')} />;

  const name = (e: ListEntry) => (
    <>
      {e.branchName}
      {ownBranchId != null && e.branchId === ownBranchId && (
        <Tag color="blue" style={{ marginInlineStart: 8 }}>
          {t('commendation.ownBranch')}
        </Tag>
      )}
    </>
  );
  const actions = (e: ListEntry) => (
    <Flex gap={8} wrap>
      {onRemove && (
        <Button danger onClick={() => onRemove(e)}>
          {t('commendation.adjust.remove')}
          <HiddenText> {e.branchName}</HiddenText>
        </Button>
      )}
      {certificates && (
        <DownloadButton path={certificatePath(list.id, e.branchId)}>
          {t('commendation.download.certificate')}
          <HiddenText>{t('commendation.download.certificateOf', { name: e.branchName })}</HiddenText>
        </DownloadButton>
      )}
    </Flex>
  );

  if (phone)
    return (
      <List
        dataSource={entries}
        rowKey={(e) => e.branchId}
        renderItem={(e) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text strong>{name(e)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('commendation.rank', { rank: e.rank })} · {t('commendation.points', { points: formatScore(e.total) })} · {e.gradeName}
              </Typography.Text>
              {staff && (
                <Flex gap={8} wrap>
                  <EligibilityTag eligible={e.eligible} />
                  <Tag>{t(`commendation.origin.${e.origin === 'ADDED' ? 'ADDED' : 'RESULTS'}`)}</Tag>
                </Flex>
              )}
              {staff && actions(e)}
            </Flex>
          </List.Item>
        )}
      />
    );

  const columns: ColumnsType<ListEntry> = [
    { title: t('commendation.col.rank'), dataIndex: 'rank', width: 72 },
    { title: t('commendation.col.branch'), key: 'branch', render: (_, e) => name(e) },
    { title: t('commendation.col.total'), key: 'total', render: (_, e) => formatScore(e.total) },
    { title: t('commendation.col.grade'), dataIndex: 'gradeName' },
  ];
  if (staff)
    columns.push(
      { title: t('commendation.col.eligibility'), key: 'eligible', render: (_, e) => <EligibilityTag eligible={e.eligible} /> },
      {
        title: t('commendation.col.origin'),
        key: 'origin',
        render: (_, e) => t(`commendation.origin.${e.origin === 'ADDED' ? 'ADDED' : 'RESULTS'}`),
      },
      { title: t('commendation.col.actions'), key: 'actions', render: (_, e) => actions(e) },
    );
  return <Table<ListEntry> rowKey={(e) => e.branchId} columns={columns} dataSource={entries} pagination={false} size="middle" />;
}
