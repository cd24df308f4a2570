import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDate } from '@/lib/format';
import { useRecommendations } from '../api/get-recommendations';
import type { Recommendation, RecommendationRound } from '../api/keys';
import { useWithdrawRecommendation } from '../api/withdraw-recommendation';
import { DossierModal } from './dossier-modal';
import { RecommendModal } from './recommend-modal';
import { DecisionLine } from './recommendation-drawer';
import { CandidateCards, ListState } from './candidate-cards';
import { RecommendationStatusTag } from './status-tags';

/** The candidates this level sent up: a quota of a few, so one page holds them all. */
const SENT = { direction: 'SENT', size: 100, sort: 'id' } as const;

const open = (r: Recommendation) => r.status === 'SUBMITTED' || r.status === 'RETURNED';

/** The quota the campaign above allotted this level: used of allotted per title, and the deadline. */
function QuotaFromAbove({ round }: { round: RecommendationRound }) {
  const { t } = useTranslation();
  if (round.quotaGrassroots == null && round.quotaLocal == null)
    return <Alert type="info" showIcon title={t('recommendations.sent.noQuota')} data-testid="sent-quota" />;
  const line = (used: number, quota: number | null) =>
    quota == null ? t('recommendations.quota.notAllotted') : t('recommendations.sent.quota', { used, quota });
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 3 }}
      title={<span style={{ fontSize: '1rem' }}>{t('recommendations.sent.quotaLabel')}</span>}
      data-testid="sent-quota"
      items={[
        { key: 'grassroots', label: t('recommendations.title.GRASSROOTS'), children: line(round.sentGrassroots, round.quotaGrassroots) },
        { key: 'local', label: t('recommendations.title.LOCAL'), children: line(round.sentLocal, round.quotaLocal) },
        { key: 'dueOn', label: t('recommendations.sent.dueOn'), children: round.dueOn ? formatDate(round.dueOn) : t('common.none') },
      ]}
    />
  );
}

/**
 * 向上推荐: what the campaign above allotted this level, the candidates it recommended up and where each stands (the
 * reasons of a return, the decision once made); ADMIN recommends, revises and resubmits, and withdraws.
 */
export function SentSection({
  campaign,
  round,
  canManage,
  onOpen,
}: {
  campaign: Campaign;
  round: RecommendationRound;
  canManage: boolean;
  onOpen: (r: Recommendation) => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const sent = useRecommendations(campaign.id, SENT);
  const withdraw = useWithdrawRecommendation();
  const { confirmDelete, alert } = useConfirmDelete();
  const [recommending, setRecommending] = useState(false);
  const [revising, setRevising] = useState<Recommendation | null>(null);

  const confirmWithdraw = (r: Recommendation) =>
    confirmDelete({
      title: t('recommendations.sent.withdrawTitle'),
      content: t('recommendations.sent.withdrawConfirm', { name: r.candidateName }),
      okText: t('recommendations.sent.withdraw'),
      run: () => withdraw.mutateAsync(r),
      done: t('recommendations.sent.withdrawn', { name: r.candidateName }),
    });

  const actions = (r: Recommendation) => (
    <Flex wrap gap={8}>
      <Button aria-label={`${t('recommendations.view')} ${r.candidateName}`} autoInsertSpace={false} onClick={() => onOpen(r)}>
        {t('recommendations.view')}
      </Button>
      {canManage && open(r) && (
        <>
          <Button aria-label={`${t('recommendations.sent.revise')} ${r.candidateName}`} onClick={() => setRevising(r)}>
            {t('recommendations.sent.revise')}
          </Button>
          <Button
            danger
            autoInsertSpace={false}
            aria-label={`${t('recommendations.sent.withdraw')} ${r.candidateName}`}
            onClick={() => confirmWithdraw(r)}
          >
            {t('recommendations.sent.withdraw')}
          </Button>
        </>
      )}
    </Flex>
  );
  const status = (r: Recommendation) => (
    <Flex vertical gap={4} align="flex-start">
      <RecommendationStatusTag status={r.status} />
      {r.status === 'RETURNED' && r.reviewNote && (
        <Typography.Text type="danger" data-testid="return-note">
          {t('recommendations.returnedNote', { note: r.reviewNote })}
        </Typography.Text>
      )}
    </Flex>
  );

  let body = <ListState query={sent} empty={canManage ? t('recommendations.sent.empty') : t('recommendations.sent.emptyReadOnly')} />;
  const rows = sent.data?.items ?? [];
  if (rows.length > 0 && phone)
    body = (
      <CandidateCards
        items={rows}
        label={t('recommendations.sent.listLabel')}
        testId="sent-recommendation"
        line={(r) => t(`recommendations.title.${r.title}`)}
        body={(r) => (
          <>
            <div style={{ margin: '4px 0' }}>{status(r)}</div>
            {r.decisionNumber && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                <DecisionLine recommendation={r} />
              </Typography.Paragraph>
            )}
            {actions(r)}
          </>
        )}
      />
    );
  else if (rows.length > 0) {
    const columns: TableProps<Recommendation>['columns'] = [
      { key: 'candidate', title: t('recommendations.col.candidate'), render: (_, r) => r.candidateName },
      { key: 'title', title: t('recommendations.col.title'), render: (_, r) => t(`recommendations.title.${r.title}`) },
      { key: 'status', title: t('recommendations.col.status'), render: (_, r) => status(r) },
      {
        key: 'decision',
        title: t('recommendations.col.decision'),
        render: (_, r) => (r.decisionNumber ? <DecisionLine recommendation={r} /> : t('common.none')),
      },
      { key: 'actions', title: t('common.actions'), render: (_, r) => actions(r) },
    ];
    body = (
      <ScrollRegion label={t('recommendations.sent.listLabel')}>
        <Table<Recommendation>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={sent.isFetching}
          pagination={false}
          data-testid="sent-recommendations"
        />
      </ScrollRegion>
    );
  }

  return (
    <Card
      size="small"
      title={
        <h2 id="sent-heading" style={{ fontSize: '1.1em', margin: 0 }}>
          {t('recommendations.sent.heading')}
        </h2>
      }
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            autoInsertSpace={false}
            onClick={() => setRecommending(true)}
            data-testid="recommend-button"
          >
            {t('recommendations.sent.recommend')}
          </Button>
        )
      }
      data-testid="recommendations-sent"
    >
      <Flex vertical gap={12}>
        {campaign.adoptedFrom && (
          <Typography.Text type="secondary">
            {t('recommendations.sent.hint', { title: campaign.adoptedFrom.title, organisation: campaign.adoptedFrom.organisation.name })}
          </Typography.Text>
        )}
        <QuotaFromAbove round={round} />
        {alert}
        {body}
      </Flex>
      {recommending && <RecommendModal campaign={campaign} round={round} onClose={() => setRecommending(false)} />}
      {revising && <DossierModal recommendation={revising} onClose={() => setRevising(null)} />}
    </Card>
  );
}
