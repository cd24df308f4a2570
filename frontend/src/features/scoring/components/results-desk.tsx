import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/problem';
import { useStandards } from '@/features/campaigns/api/get-standards';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import { useAllResults, useResults, type BranchResult } from '../api/list-results';
import { AssessmentHeader } from './assessment-header';
import { ConsensusDrawer } from './consensus-drawer';
import { RefusalAlert } from './refusal-alert';
import { awaitingConsensus, parseSort, resultsActions, type ResultSort } from './result-rules';
import { ResultsActions } from './results-actions';
import { ResultsTable } from './results-table';

type Hrefs = { campaign: string; assignments: string; results: string };
const PAGE_SIZE = 50;
const FLAGGED = { all: undefined, yes: true, no: false } as const;
type Flagged = keyof typeof FLAGGED;

/** The campaign's ranking for committee staff: flags, consensus, finalising, publishing and the Excel score sheet. */
export function ResultsDesk({ campaignId, hrefs }: { campaignId: number; hrefs: Hrefs }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sort = parseSort(params.get('sort'));
  const flagged: Flagged = (['yes', 'no'] as const).find((f) => f === params.get('flagged')) ?? 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const campaign = useCampaign(campaignId);
  const standards = useStandards(campaignId);
  const results = useResults(campaignId, { sort, flagged: FLAGGED[flagged], page, size: PAGE_SIZE });
  const all = useAllResults(campaignId);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [open, setOpen] = useState<BranchResult | null>(null);

  const update = (next: { sort?: ResultSort; flagged?: Flagged; page?: number }) => {
    const merged = { sort, flagged, page: 1, ...next };
    const search: Record<string, string> = {};
    if (merged.sort !== 'rank') search.sort = merged.sort;
    if (merged.flagged !== 'all') search.flagged = merged.flagged;
    if (merged.page > 1) search.page = String(merged.page);
    setParams(search, { replace: true });
  };

  const status = results.data?.resultsStatus ?? campaign.data?.resultsStatus;
  const { canRecordConsensus } = resultsActions(status);
  const consensusLabel = (row: BranchResult) => {
    if (!canRecordConsensus) return row.consensus ? t('resultsDesk.viewConsensus') : null;
    if (row.consensus) return t('resultsDesk.editConsensus');
    return row.disagreement || row.scoresheets > 0 ? t('resultsDesk.recordConsensus') : null;
  };
  const waiting = awaitingConsensus(all.data ?? []);
  const unscored = (all.data ?? []).filter((r) => !r.scoresheets && !r.consensus).length;

  let body;
  if (campaign.isPending || standards.isPending || results.isPending) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (campaign.isError || standards.isError || results.isError)
    body = (
      <ErrorState
        title={t('assessment.loadFailed')}
        error={campaign.error ?? standards.error ?? results.error}
        onRetry={() => void Promise.all([campaign.refetch(), standards.refetch(), results.refetch()])}
      />
    );
  else
    body = (
      <Flex vertical gap={12}>
        {refusal !== null && (
          <RefusalAlert
            error={refusal}
            // The server lists the branches still without a consensus in English; this page knows them by name.
            items={refusal instanceof ApiError && refusal.code === 'CONSENSUS_MISSING' ? waiting.map((r) => r.branchName) : []}
            onClose={() => setRefusal(null)}
          />
        )}
        {waiting.length > 0 && status === 'OPEN' && (
          <Alert
            type="warning"
            showIcon
            icon={<WarningOutlined />}
            data-testid="awaiting-consensus"
            title={t('resultsDesk.pending', {
              count: waiting.length,
              threshold: campaign.data.disagreementThreshold,
              names: waiting.map((r) => r.branchName).join(t('assessment.listJoin')),
            })}
            action={
              flagged !== 'yes' && (
                <Button size="small" onClick={() => update({ flagged: 'yes' })}>
                  {t('resultsDesk.showFlagged')}
                </Button>
              )
            }
          />
        )}
        <Segmented<Flagged>
          aria-label={t('resultsDesk.filter')}
          value={flagged}
          onChange={(value) => update({ flagged: value })}
          options={[
            { value: 'all', label: t('resultsDesk.filterAll') },
            { value: 'yes', label: t('resultsDesk.filterFlagged') },
            { value: 'no', label: t('resultsDesk.filterCalm') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <ResultsTable
          rows={results.data.items}
          standards={standards.data}
          sort={sort}
          onSort={(next) => update({ sort: next })}
          loading={results.isFetching}
          pagination={
            results.data.total > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: results.data.total,
                  showSizeChanger: false,
                  onChange: (p) => update({ page: p }),
                }
              : false
          }
          consensusLabel={consensusLabel}
          onConsensus={setOpen}
        />
      </Flex>
    );

  return (
    <section aria-labelledby="assessment-title">
      <AssessmentHeader
        campaign={campaign.data}
        section="results"
        hrefs={hrefs}
        extra={campaign.data && <ResultsActions campaign={campaign.data} unscored={unscored} onRefused={setRefusal} />}
      />
      {body}
      {open && standards.data && (
        <ConsensusDrawer
          campaignId={campaignId}
          row={open}
          standards={standards.data}
          readOnly={!canRecordConsensus}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
