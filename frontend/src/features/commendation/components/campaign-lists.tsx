import { Alert, Button, Empty, Flex, List, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { problemMessage } from '@/lib/problem';
import { useGrades } from '../api/campaigns';
import { useCreateShortlist } from '../api/create-shortlist';
import { useLists } from '../api/get-lists';
import type { Campaign, ListSummary } from '../api/keys';
import { basisText, formatDay, formatMoment } from './format';
import { campaignListState } from './list-rules';
import { ShortlistForm } from './shortlist-form';
import { ListStatusTag } from './status-tags';
import { useApp } from '@/components/antd-scope';

/** A campaign's lists for staff, and what may be done next: draw a shortlist, or correct the published list. */
export function CampaignLists({ campaign, listHref }: { campaign: Campaign; listHref: (id: number) => string }) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const campaignId = campaign.id;
  const lists = useLists(campaignId);
  const grades = useGrades(campaignId);
  const create = useCreateShortlist(campaignId);
  const [problem, setProblem] = useState<string | null>(null);

  if (lists.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (lists.isError) return <ErrorState title={t('commendation.loadFailed')} error={lists.error} onRetry={() => void lists.refetch()} />;
  const state = campaignListState(campaign, lists.data);
  const gradeName = (code?: string) => grades.data?.find((g) => g.code === code)?.name;
  const open = (id: number | undefined) => void navigate(listHref(id ?? 0));

  const correct = () => {
    const inForce = state.inForce;
    if (!inForce) return;
    modal.confirm({
      title: t('commendation.correction.title'),
      content: t('commendation.correction.confirm', { id: inForce.id }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProblem(null);
        try {
          const created = await create.mutateAsync({ basis: 'CORRECTION', correctsId: inForce.id });
          void message.success(t('commendation.correction.created', { id: created.id }));
          open(created.id);
        } catch (error) {
          setProblem(problemMessage(error, t));
        }
      },
    });
  };

  const title = (l: ListSummary) => (
    <Link to={listHref(l.id)} style={{ display: 'inline-block', minHeight: 44, lineHeight: '44px' }}>
      {t('commendation.listTitle', { id: l.id })}
    </Link>
  );
  const resolution = (l: ListSummary) =>
    l.resolutionNumber
      ? t('commendation.approve.resolution', { number: l.resolutionNumber, date: formatDay(l.resolutionDate) })
      : t('common.none');
  const columns: ColumnsType<ListSummary> = [
    { title: t('commendation.col.list'), key: 'id', render: (_, l) => title(l) },
    { title: t('commendation.col.status'), key: 'status', render: (_, l) => <ListStatusTag status={l.status} /> },
    { title: t('commendation.col.basis'), key: 'basis', render: (_, l) => basisText(l, t, gradeName(l.minGradeCode ?? undefined)) },
    { title: t('commendation.col.count'), key: 'count', render: (_, l) => t('commendation.count', { count: l.entryCount }) },
    { title: t('commendation.col.resolution'), key: 'resolution', render: (_, l) => resolution(l) },
    { title: t('commendation.col.publishedAt'), key: 'publishedAt', render: (_, l) => formatMoment(l.publishedAt) || t('common.none') },
  ];

  return (
    <Flex vertical gap={16}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} closable onClose={() => setProblem(null)} />}
      {state.resultsOpen && <Alert type="info" showIcon title={t('commendation.resultsOpen')} />}
      {state.inProgress && (
        <Alert
          type="info"
          showIcon
          title={t('commendation.inProgress', { id: state.inProgress.id, status: t(`commendation.status.${state.inProgress.status}`) })}
          action={
            <Button type="primary" onClick={() => open(state.inProgress?.id)}>
              {t('commendation.openList')}
            </Button>
          }
        />
      )}
      {state.canDraw && <ShortlistForm campaignId={campaignId} onCreated={(l) => open(l.id)} />}
      {state.canCorrect && (
        <div>
          <Button onClick={correct} loading={create.isPending}>
            {t('commendation.correction.action')}
          </Button>
        </div>
      )}
      {lists.data.length === 0 ? (
        <Empty description={t('commendation.listsEmpty')} />
      ) : phone ? (
        <List
          dataSource={lists.data}
          rowKey={(l) => l.id}
          renderItem={(l) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  {title(l)}
                  <ListStatusTag status={l.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {basisText(l, t, gradeName(l.minGradeCode ?? undefined))} · {t('commendation.count', { count: l.entryCount })}
                </Typography.Text>
                {l.resolutionNumber && <div>{resolution(l)}</div>}
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<ListSummary> rowKey={(l) => l.id} columns={columns} dataSource={lists.data} pagination={false} size="middle" />
      )}
    </Flex>
  );
}
