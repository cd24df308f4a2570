import { Empty, Flex, Select, Skeleton } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useCampaigns, type Campaign } from '../api/get-campaigns';

/** Which campaign a page opens with: the running one, or the newest with published results. */
export type CampaignPreference = 'live' | 'published';

/**
 * The campaign to show: the one asked for (if it is listed), else by preference; drafts are never shown.
 * `campaigns` come newest year first.
 */
export function chooseCampaign(campaigns: Campaign[], prefer: CampaignPreference, requested?: number): Campaign | undefined {
  const shown = campaigns.filter((c) => c.status !== 'DRAFT');
  const asked = requested ? shown.find((c) => c.id === requested) : undefined;
  if (asked) return asked;
  const preferred = prefer === 'live' ? shown.find((c) => c.status === 'ACTIVE') : shown.find((c) => c.resultsStatus === 'PUBLISHED');
  return preferred ?? shown[0];
}

/**
 * A page about one campaign, with a switch to another (kept in the address as ?campaign=).
 * `children` receives the campaign once it is known.
 */
export function CampaignScope({
  prefer,
  label,
  children,
}: {
  prefer: CampaignPreference;
  label: string;
  children: (campaign: Campaign) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const list = useCampaigns({ sort: '-year', page: 1, size: 100 });
  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <ErrorState title={t('campaigns.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />;
  const campaigns = list.data.items.filter((c) => c.status !== 'DRAFT');
  const campaign = chooseCampaign(campaigns, prefer, Number(params.get('campaign')) || undefined);
  if (!campaign) return <Empty description={t('dashboard.noCampaign')} />;

  const optionLabel = (c: Campaign) => {
    const status = t(`campaigns.status.${c.status}`);
    const results = c.resultsStatus === 'PUBLISHED' ? `，${t('dashboard.resultsPublished')}` : '';
    return `${c.title}（${status}${results}）`;
  };
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4} style={{ maxWidth: 560 }}>
        <label htmlFor={id}>{label}</label>
        <Select
          id={id}
          value={campaign.id}
          data-testid="campaign-picker"
          options={campaigns.map((c) => ({ value: c.id, label: optionLabel(c) }))}
          onChange={(value: number) =>
            setParams(
              (p) => {
                p.set('campaign', String(value));
                return p;
              },
              { replace: true },
            )
          }
        />
      </Flex>
      {children(campaign)}
    </Flex>
  );
}
