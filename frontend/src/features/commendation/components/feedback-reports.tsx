import { Alert, Button, Empty, Flex, List, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { ErrorState } from '@/components/error-state';
import { useIsPhone } from '@/hooks/use-is-phone';
import { problemMessage } from '@/lib/problem';
import { hasFinalResults } from '../api/campaigns';
import { useDraftFeedback } from '../api/draft-feedback';
import { useFeedbackReports } from '../api/get-feedback-reports';
import type { Campaign, FeedbackSummary } from '../api/keys';
import { formatScore } from './format';
import { HiddenText } from './hidden-text';
import { LinkButton } from './link-button';
import { FeedbackStatusTag } from './status-tags';
import { useApp } from '@/components/antd-scope';

/** Staff: a campaign's feedback reports, one per branch; drafts are generated from the assessors' remarks. */
export function FeedbackReports({ campaign, reportHref }: { campaign: Campaign; reportHref: (id: number) => string }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const phone = useIsPhone();
  const campaignId = campaign.id;
  const reports = useFeedbackReports(campaignId);
  const draft = useDraftFeedback(campaignId);
  const [problem, setProblem] = useState<string | null>(null);
  const final = hasFinalResults(campaign);

  const generate = async () => {
    setProblem(null);
    try {
      const result = await draft.mutateAsync();
      void message.success(t('feedback.drafted', { drafted: result.drafted, already: result.alreadyDrafted }));
    } catch (error) {
      setProblem(problemMessage(error, t));
    }
  };

  const action = (r: FeedbackSummary) => {
    const editing = r.status === 'DRAFT';
    const label = t(editing ? 'feedback.editLabel' : 'feedback.openLabel', { name: r.branchName });
    return (
      <Flex gap={8} wrap>
        <LinkButton to={reportHref(r.id)} label={label}>
          {t(editing ? 'feedback.edit' : 'feedback.open')}
        </LinkButton>
        <DownloadButton path={`/api/v1/exports/feedback-reports/${r.id}.pdf`}>
          PDF<HiddenText>{t('feedback.downloadOf', { name: r.branchName })}</HiddenText>
        </DownloadButton>
      </Flex>
    );
  };
  const columns: ColumnsType<FeedbackSummary> = [
    { title: t('commendation.col.rank'), dataIndex: 'rank', width: 72 },
    { title: t('commendation.col.branch'), dataIndex: 'branchName' },
    { title: t('commendation.col.total'), key: 'total', render: (_, r) => formatScore(r.total) },
    { title: t('commendation.col.grade'), dataIndex: 'gradeName' },
    { title: t('commendation.col.status'), key: 'status', render: (_, r) => <FeedbackStatusTag status={r.status} /> },
    { title: t('commendation.col.actions'), key: 'actions', render: (_, r) => action(r) },
  ];

  let body;
  if (reports.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (reports.isError)
    body = <ErrorState title={t('feedback.loadFailed')} error={reports.error} onRetry={() => void reports.refetch()} />;
  else if (reports.data.length === 0) body = <Empty description={t('feedback.empty')} />;
  else if (phone)
    body = (
      <List
        dataSource={reports.data}
        rowKey={(r) => r.id}
        renderItem={(r) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>{r.branchName}</Typography.Text>
                <FeedbackStatusTag status={r.status} />
              </Flex>
              <Typography.Text type="secondary">
                {t('commendation.rank', { rank: r.rank })} · {t('commendation.points', { points: formatScore(r.total) })} · {r.gradeName}
              </Typography.Text>
              {action(r)}
            </Flex>
          </List.Item>
        )}
      />
    );
  else body = <Table<FeedbackSummary> rowKey={(r) => r.id} columns={columns} dataSource={reports.data} pagination={false} size="middle" />;

  return (
    <Flex vertical gap={16}>
      {!final && <Alert type="info" showIcon title={t('commendation.resultsOpen')} />}
      {problem && <Alert type="error" showIcon role="alert" title={problem} closable onClose={() => setProblem(null)} />}
      <div>
        <Button type="primary" onClick={() => void generate()} loading={draft.isPending} disabled={!final}>
          {t('feedback.draft')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('feedback.draftHint')}
        </Typography.Paragraph>
      </div>
      {body}
    </Flex>
  );
}
