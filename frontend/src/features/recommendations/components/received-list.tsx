import { Button, Flex, Select, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import { StatusTag } from '@/components/status-tag';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDateTime } from '@/lib/format';
import { useRecommendations } from '../api/get-recommendations';
import { RECOMMENDATION_STATUSES, type Recommendation, type RecommendationRound, type RecommendationStatus } from '../api/keys';
import { RecordObjectionModal } from './objection-modals';
import { ReviewModal } from './review-modal';
import { noticeWindow } from './round-rules';
import { CandidateCards, ListState } from './candidate-cards';
import { RecommendationStatusTag } from './status-tags';
import { PhonePager } from '@/components/phone-pager';

export const RECEIVED_PAGE_SIZE = 20;

/**
 * The recommendations the level below sent into the campaign, filtered by status, a page at a time. ADMIN reviews
 * each one awaiting review while the round collects, and records objections to the accepted ones while the notice
 * runs; anyone may open one to read its dossier, chain and objections.
 */
export function ReceivedList({
  campaignId,
  round,
  canManage,
  today,
  onOpen,
}: {
  campaignId: number;
  round: RecommendationRound;
  canManage: boolean;
  today: string;
  onOpen: (r: Recommendation) => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [status, setStatus] = useState<RecommendationStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [reviewing, setReviewing] = useState<Recommendation | null>(null);
  const [objecting, setObjecting] = useState<Recommendation | null>(null);
  const received = useRecommendations(campaignId, { direction: 'RECEIVED', status, page, size: RECEIVED_PAGE_SIZE, sort: 'id' });
  const canReview = canManage && round.status === 'COLLECTING';
  const canObject = canManage && noticeWindow(round, today) === 'running';

  const actions = (r: Recommendation) => (
    <Flex wrap gap={8}>
      <Button aria-label={`${t('recommendations.view')} ${r.candidateName}`} autoInsertSpace={false} onClick={() => onOpen(r)}>
        {t('recommendations.view')}
      </Button>
      {canReview && r.status === 'SUBMITTED' && (
        <Button
          type="primary"
          autoInsertSpace={false}
          aria-label={`${t('recommendations.received.review')} ${r.candidateName}`}
          data-testid={`review-${r.id}`}
          onClick={() => setReviewing(r)}
        >
          {t('recommendations.received.review')}
        </Button>
      )}
      {canObject && r.status === 'ACCEPTED' && (
        <Button aria-label={`${t('recommendations.objections.record')} ${r.candidateName}`} onClick={() => setObjecting(r)}>
          {t('recommendations.objections.record')}
        </Button>
      )}
    </Flex>
  );
  const state = (r: Recommendation) => (
    <Flex wrap gap={4} align="center">
      <RecommendationStatusTag status={r.status} />
      {r.openObjections > 0 && (
        <StatusTag tone="bad" icon={<ExclamationCircleOutlined />}>
          {t('recommendations.openObjections', { count: r.openObjections })}
        </StatusTag>
      )}
    </Flex>
  );

  let body = (
    <ListState query={received} empty={status ? t('recommendations.received.emptyFiltered') : t('recommendations.received.empty')} />
  );
  const rows = received.data?.items ?? [];
  if (rows.length > 0 && phone)
    body = (
      <>
        <CandidateCards
          items={rows}
          label={t('recommendations.received.listLabel')}
          testId="received-recommendation"
          line={(r) => `${t(`recommendations.title.${r.title}`)} · ${r.recommender.name} · ${formatDateTime(r.submittedAt)}`}
          body={(r) => (
            <>
              <div style={{ marginBottom: 8 }}>{state(r)}</div>
              {actions(r)}
            </>
          )}
        />
        {(received.data?.total ?? 0) > RECEIVED_PAGE_SIZE && (
          <PhonePager page={page} pageSize={RECEIVED_PAGE_SIZE} total={received.data?.total ?? 0} onChange={setPage} />
        )}
      </>
    );
  else if (rows.length > 0) {
    const columns: TableProps<Recommendation>['columns'] = [
      { key: 'candidate', title: t('recommendations.col.candidate'), render: (_, r) => r.candidateName },
      { key: 'title', title: t('recommendations.col.title'), render: (_, r) => t(`recommendations.title.${r.title}`) },
      { key: 'recommender', title: t('recommendations.col.recommender'), render: (_, r) => r.recommender.name },
      { key: 'status', title: t('recommendations.col.status'), render: (_, r) => state(r) },
      { key: 'submittedAt', title: t('recommendations.col.submittedAt'), render: (_, r) => formatDateTime(r.submittedAt) },
      { key: 'actions', title: t('common.actions'), render: (_, r) => actions(r) },
    ];
    body = (
      <ScrollRegion label={t('recommendations.received.listLabel')}>
        <Table<Recommendation>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={received.isFetching}
          pagination={{
            current: page,
            pageSize: RECEIVED_PAGE_SIZE,
            total: received.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
        />
      </ScrollRegion>
    );
  }

  return (
    <Flex vertical gap={12} aria-busy={received.isFetching}>
      <Select<RecommendationStatus | 'all'>
        aria-label={t('recommendations.received.filter')}
        data-testid="received-status-filter"
        value={status ?? 'all'}
        onChange={(value) => {
          setStatus(value === 'all' ? undefined : value);
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('recommendations.received.all') },
          ...RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`recommendations.status.${s}`) })),
        ]}
        style={{ width: phone ? '100%' : 200 }}
      />
      {body}
      {reviewing && <ReviewModal recommendation={reviewing} onClose={() => setReviewing(null)} />}
      {objecting && <RecordObjectionModal recommendation={objecting} onClose={() => setObjecting(null)} />}
    </Flex>
  );
}
