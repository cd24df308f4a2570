import { Button, Descriptions, Drawer, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDate, formatDateTime } from '@/lib/format';
import { useRecommendation } from '../api/get-recommendation';
import type { Recommendation, RecommendationObjection, RecommendationRound } from '../api/keys';
import { RecordObjectionModal, ResolveObjectionModal } from './objection-modals';
import { noticeWindow } from './round-rules';
import { ObjectionStatusTag, RecommendationStatusTag } from './status-tags';

const heading = { fontSize: '1.05em', margin: '16px 0 8px' } as const;

/** The recommendation's decision, when the top of the chain has made it. */
export function DecisionLine({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  if (!r.decisionNumber) return null;
  return <>{t('recommendations.decisionLine', { number: r.decisionNumber, date: formatDate(r.decisionDate) })}</>;
}

/**
 * One recommendation opened from a list: its dossier, its chain level by level (lowest first) and the objections to
 * it. The receiving level (`campaignId` is the one it was sent into) records objections while its notice runs and
 * handles them while the notice is open.
 */
export function RecommendationDrawer({
  id,
  campaignId,
  round,
  canManage,
  today,
  onClose,
}: {
  id: number;
  campaignId: number;
  round: RecommendationRound;
  canManage: boolean;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const detail = useRecommendation(id);
  const [recording, setRecording] = useState(false);
  const [resolving, setResolving] = useState<RecommendationObjection | null>(null);

  let body;
  if (detail.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (detail.isError)
    body = <ErrorState title={t('recommendations.loadFailed')} error={detail.error} onRetry={() => void detail.refetch()} />;
  else {
    const { recommendation: r, objections, chain } = detail.data;
    const received = r.campaignId === campaignId;
    const canObject = canManage && received && r.status === 'ACCEPTED' && noticeWindow(round, today) === 'running';
    const canResolve = canManage && received && round.status === 'NOTICE';
    body = (
      <>
        <Flex wrap gap={8} align="center">
          <Typography.Text>{t(`recommendations.title.${r.title}`)}</Typography.Text>
          <RecommendationStatusTag status={r.status} />
        </Flex>
        <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('recommendations.detail.recommender')}>{r.recommender.name}</Descriptions.Item>
          <Descriptions.Item label={t('recommendations.detail.submitted')}>
            {t('recommendations.detail.byAt', { by: r.submittedBy, at: formatDateTime(r.submittedAt) })}
          </Descriptions.Item>
          {r.reviewedBy && (
            <Descriptions.Item label={t('recommendations.detail.reviewed')}>
              {t('recommendations.detail.byAt', { by: r.reviewedBy, at: formatDateTime(r.reviewedAt) })}
            </Descriptions.Item>
          )}
          {r.status === 'RETURNED' && r.reviewNote && (
            <Descriptions.Item label={t('recommendations.review.note')}>{r.reviewNote}</Descriptions.Item>
          )}
          {r.decisionNumber && (
            <Descriptions.Item label={t('recommendations.col.decision')}>
              <DecisionLine recommendation={r} />
            </Descriptions.Item>
          )}
        </Descriptions>
        <h3 style={heading}>{t('recommendations.detail.dossier')}</h3>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="recommendation-dossier">
          {r.dossier}
        </Typography.Paragraph>
        {r.evidence.length > 0 && (
          <>
            <h3 style={heading}>{t('recommendations.detail.evidence')}</h3>
            <ul style={{ paddingInlineStart: 20, margin: 0 }} data-testid="recommendation-evidence">
              {r.evidence.map((d) => (
                <li key={d.id}>
                  <Link to={paths.deliverable.href(d.campaignId, d.id)}>
                    {d.typeName}：{d.title}
                  </Link>{' '}
                  <Typography.Text type="secondary">{t('recommendations.detail.attachments', { count: d.attachments })}</Typography.Text>
                </li>
              ))}
            </ul>
          </>
        )}
        {chain.length > 1 && (
          <>
            <h3 style={heading}>{t('recommendations.detail.chain')}</h3>
            <ol style={{ paddingInlineStart: 20, margin: 0 }} data-testid="recommendation-chain">
              {chain.map((c) => (
                <li key={c.id} aria-current={c.id === r.id ? 'true' : undefined} style={{ marginBottom: 6 }}>
                  <Flex wrap gap={8} align="center">
                    <Typography.Text strong={c.id === r.id}>
                      {t('recommendations.detail.chainLabel', { recommender: c.recommender.name })}
                    </Typography.Text>
                    <RecommendationStatusTag status={c.status} />
                  </Flex>
                </li>
              ))}
            </ol>
          </>
        )}
        <Flex justify="space-between" align="center" wrap gap={8} style={heading}>
          <h3 style={{ fontSize: '1em', margin: 0 }}>{t('recommendations.detail.objections')}</h3>
          {canObject && <Button onClick={() => setRecording(true)}>{t('recommendations.objections.record')}</Button>}
        </Flex>
        {objections.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recommendations.detail.noObjections')} />
        ) : (
          <List
            dataSource={objections}
            rowKey={(o) => o.id}
            renderItem={(o) => (
              <List.Item data-testid="recommendation-objection">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Typography.Text strong>#{o.id}</Typography.Text>
                    <ObjectionStatusTag objection={o} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {o.raisedBy ?? t('recommendations.objections.anonymousName')} ·{' '}
                    {t('recommendations.objections.receivedOn', { date: formatDate(o.receivedOn) })}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{o.content}</div>
                  {o.handling && (
                    <div>
                      <Typography.Text strong>{t('recommendations.objections.handling')}：</Typography.Text>
                      {o.handling}
                    </div>
                  )}
                  {o.outcome && (
                    <div>
                      <Typography.Text strong>{t('recommendations.objections.outcome')}：</Typography.Text>
                      {o.outcome}
                    </div>
                  )}
                  {canResolve && (
                    <div>
                      <Button
                        type={o.status === 'OPEN' ? 'primary' : 'default'}
                        aria-label={`${t('recommendations.objections.resolve')}${t('recommendations.objections.resolveLabel', { id: o.id })}`}
                        onClick={() => setResolving(o)}
                      >
                        {t('recommendations.objections.resolve')}
                      </Button>
                    </div>
                  )}
                </Flex>
              </List.Item>
            )}
          />
        )}
        {recording && <RecordObjectionModal recommendation={r} onClose={() => setRecording(false)} />}
        {resolving && <ResolveObjectionModal recommendation={r} objection={resolving} onClose={() => setResolving(null)} />}
      </>
    );
  }

  return (
    <Drawer
      open
      onClose={onClose}
      title={detail.data ? t('recommendations.detail.title', { name: detail.data.recommendation.candidateName }) : t('common.loading')}
      placement={phone ? 'bottom' : 'right'}
      styles={phone ? { wrapper: { height: '100%' } } : { wrapper: { width: 640, maxWidth: '100vw' } }}
      destroyOnHidden
      data-testid="recommendation-drawer"
    >
      {body}
    </Drawer>
  );
}
