import { useTranslation } from 'react-i18next';
import { Card } from '@/components/plain';
import { formatDate } from '@/lib/format';
import { useRecommendations } from '../api/get-recommendations';
import { RecommendationStatusTag } from './status-tags';

/** A branch's own recommendations from its campaign: the API answers only those decided, a few at most. */
const OWN_RESULTS = { size: 20, sort: 'id' } as const;

/**
 * On a branch chair's campaign home and beside its certificate on the commendation list: how its recommendations up
 * the chain were decided (推荐表彰结果), with the
 * decision's document number and date. Nothing shows while there is none; `enabled` is false when the campaign adopts
 * none above (nothing could have been recommended), and then nothing is asked either.
 */
export function BranchRecommendationResults({ campaignId, enabled }: { campaignId: number; enabled: boolean }) {
  const { t } = useTranslation();
  const results = useRecommendations(campaignId, OWN_RESULTS, { enabled });
  const items = results.data?.items ?? [];
  if (!enabled || items.length === 0) return null;
  return (
    <section aria-labelledby="recommendation-results-title" style={{ marginTop: 16 }}>
      <h2 id="recommendation-results-title" style={{ fontSize: '1.2em' }}>
        {t('recommendations.branchCard.title')}
      </h2>
      <Card small testId="recommendation-results">
        <ul className="cx-plain-list" style={{ gap: 12 }} aria-label={t('recommendations.branchCard.listLabel')}>
          {items.map((r) => (
            <li key={r.id} data-testid="recommendation-result">
              <span className="cx-row">
                <strong>{t(`recommendations.title.${r.title}`)}</strong>
                <RecommendationStatusTag status={r.status} />
              </span>
              <div className="cx-muted">
                {r.candidateName}
                {r.decisionNumber &&
                  ` · ${t('recommendations.branchCard.decision', { number: r.decisionNumber, date: formatDate(r.decisionDate) })}`}
              </div>
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
