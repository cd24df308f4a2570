import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Skeleton, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { MarkdownText } from '@/components/markdown-text';
import { problemMessage } from '@/lib/problem';
import { useGrades } from '../api/campaigns';
import { useCreateShortlist } from '../api/create-shortlist';
import { useList } from '../api/get-list';
import type { ListEntry } from '../api/keys';
import { AdjustModal } from './adjust-modal';
import { AdjustmentHistory } from './adjustment-history';
import { basisText, formatDay, formatMoment } from './format';
import { committeeToday, isAdjustable } from './list-rules';
import { ListEntries } from './list-entries';
import { ObjectionsPanel } from './objections-panel';
import { ListStatusTag } from './status-tags';
import { WorkflowActions } from './workflow-actions';
import { useApp } from '@/components/antd-scope';

/** Staff see whether the correction of this list is published yet. */
function CorrectedBy({ id, href }: { id: number; href: string }) {
  const { t } = useTranslation();
  const correction = useList(id);
  const published = correction.data?.status === 'PUBLISHED';
  return (
    <Alert
      type="warning"
      showIcon
      title={t(published ? 'commendation.correction.correctedBy' : 'commendation.correction.correctedByPending', { id })}
      action={<Link to={href}>{t('commendation.correction.viewCorrection')}</Link>}
    />
  );
}

const STEP = { DRAFT: 0, NOTICE: 1, APPROVED: 2, PUBLISHED: 3 } as const;

type Hrefs = { campaign: (campaignId: number) => string; list: (id: number) => string };

/** Staff's view of one list: shortlist → public notice (with objections) → approval → publication, with its history. */
export function ListWorkflow({ id, hrefs }: { id: number; hrefs: Hrefs }) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const navigate = useNavigate();
  const query = useList(id);
  const campaignId = query.data?.campaignId ?? 0;
  const grades = useGrades(campaignId);
  const correct = useCreateShortlist(campaignId);
  const [removing, setRemoving] = useState<ListEntry | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorState title={t('commendation.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;
  const status = list.status;
  const gradeName = grades.data?.find((g) => g.code === list.minGradeCode)?.name;

  const startCorrection = () =>
    modal.confirm({
      title: t('commendation.correction.title'),
      content: t('commendation.correction.confirm', { id: list.id }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProblem(null);
        try {
          const created = await correct.mutateAsync({ basis: 'CORRECTION', correctsId: list.id });
          void message.success(t('commendation.correction.created', { id: created.id }));
          void navigate(hrefs.list(created.id));
        } catch (error) {
          setProblem(problemMessage(error, t));
        }
      },
    });

  return (
    <section aria-labelledby="list-title">
      <Link to={hrefs.campaign(campaignId)} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden /> {t('commendation.backToCampaign')}
      </Link>
      <Typography.Title level={1} id="list-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {list.campaignTitle} · {t('commendation.listTitle', { id: list.id })}
      </Typography.Title>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <ListStatusTag status={list.status} />
        <Typography.Text type="secondary">{basisText(list, t, gradeName)}</Typography.Text>
        {status !== 'DRAFT' && (
          <Link
            to={paths.publicList.href(list.id)}
            target="_blank"
            data-testid="public-page-link"
            style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}
          >
            {t('commendation.publicPage')}
          </Link>
        )}
      </Flex>
      <Flex vertical gap={16}>
        {list.correctsId != null && (
          <Alert
            type="info"
            showIcon
            title={t('commendation.correction.corrects', { id: list.correctsId })}
            action={<Link to={hrefs.list(list.correctsId)}>{t('commendation.correction.viewCorrected')}</Link>}
          />
        )}
        {list.correctedById != null && <CorrectedBy id={list.correctedById} href={hrefs.list(list.correctedById)} />}
        <Steps
          size="small"
          current={STEP[status]}
          status={status === 'PUBLISHED' ? 'finish' : 'process'}
          items={[
            { title: t('commendation.steps.draft') },
            { title: t('commendation.steps.notice') },
            { title: t('commendation.steps.approval') },
            { title: t('commendation.steps.publication') },
          ]}
        />
        {problem && <Alert type="error" showIcon role="alert" title={problem} closable onClose={() => setProblem(null)} />}
        <WorkflowActions
          list={list}
          today={committeeToday()}
          onProblem={setProblem}
          onCorrect={status === 'PUBLISHED' && list.correctedById == null ? startCorrection : undefined}
        />
        <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.title')}</h2>}>
          <ListEntries
            list={list}
            onRemove={isAdjustable(list) ? setRemoving : undefined}
            certificates={status === 'APPROVED' || status === 'PUBLISHED'}
          />
        </Card>
        <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.notice.section')}</h2>}>
          {list.noticeStartsOn ? (
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('commendation.notice.periodLabel')}>
                {t('commendation.notice.period', { from: formatDay(list.noticeStartsOn), to: formatDay(list.noticeEndsOn) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('commendation.notice.text')}>
                {list.noticeText ? <MarkdownText text={list.noticeText} /> : t('common.none')}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">{t('commendation.notice.notOpened')}</Typography.Text>
          )}
        </Card>
        {status !== 'DRAFT' && (
          <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.objections.section')}</h2>}>
            <ObjectionsPanel list={list} />
          </Card>
        )}
        {list.resolutionNumber && (
          <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.steps.approval')}</h2>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('commendation.approve.resolutionNumber')}>
                <span data-testid="resolution-number">{list.resolutionNumber}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('commendation.approve.resolutionDate')}>{formatDay(list.resolutionDate)}</Descriptions.Item>
              {list.publishedAt && (
                <Descriptions.Item label={t('commendation.col.publishedAt')}>{formatMoment(list.publishedAt)}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        )}
        <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.adjust.history')}</h2>}>
          <AdjustmentHistory list={list} />
        </Card>
      </Flex>
      {removing && <AdjustModal list={list} removing={removing} onClose={() => setRemoving(null)} />}
    </section>
  );
}
