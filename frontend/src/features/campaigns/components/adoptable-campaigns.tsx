import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { problemMessage } from '@/lib/problem';
import { useAdoptableCampaigns, type AdoptableCampaign } from '../api/get-adoptable-campaigns';
import type { Campaign } from '../api/get-campaigns';
import { AdoptCampaignModal } from './adopt-campaign-modal';
import { PhonePager } from '@/components/phone-pager';

const PAGE_SIZE = 20;

/** A link to the organisation's own plan, as tall as a button to tap. */
const planLink = { display: 'inline-flex', alignItems: 'center', minHeight: 44 } as const;

/**
 * The campaigns launched by the organisation right above (上级部署的活动), each with this organisation's plan
 * (实施方案) when it has one, else, for administrators, the way to draw it up. Nothing shows while there is none
 * (at the top of the tree) or while they are read.
 */
export function AdoptableCampaigns({
  detailHref,
  canAdopt,
  onAdopted,
}: {
  detailHref: (id: number) => string;
  canAdopt: boolean;
  onAdopted: (plan: Campaign) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [page, setPage] = useState(1);
  const [adopting, setAdopting] = useState<AdoptableCampaign | null>(null);
  const offers = useAdoptableCampaigns({ page, size: PAGE_SIZE });

  if (offers.isPending) return null;
  if (offers.isError)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('campaigns.adoptable.loadFailed')}
        description={problemMessage(offers.error, t)}
        action={<Button onClick={() => void offers.refetch()}>{t('common.retry')}</Button>}
        style={{ marginBottom: 16 }}
      />
    );
  const { items, total } = offers.data;
  if (items.length === 0) return null;

  return (
    <section aria-labelledby={titleId} data-testid="adoptable-campaigns" style={{ marginBottom: 16 }}>
      <Card
        size="small"
        title={
          <Typography.Title level={2} id={titleId} style={{ fontSize: '1.15em', margin: 0 }}>
            {t('campaigns.adoptable.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{t('campaigns.adoptable.hint')}</Typography.Paragraph>
        <Flex
          vertical
          gap={12}
          component="ul"
          aria-label={t('campaigns.adoptable.listLabel')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {items.map((offer) => (
            <li key={offer.id} data-testid="adoptable-campaign">
              <Flex justify="space-between" align="center" wrap gap={8}>
                <div style={{ minWidth: 0, flex: '1 1 260px' }}>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {offer.title}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {[
                      offer.organisation.name,
                      offer.documentNumber && t('campaigns.adoptable.documentNumber', { value: offer.documentNumber }),
                      offer.startsOn &&
                        offer.endsOn &&
                        t('campaigns.phase.range', { from: formatDate(offer.startsOn), to: formatDate(offer.endsOn) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </div>
                {offer.adoptedCampaignId ? (
                  <Link to={detailHref(offer.adoptedCampaignId)} style={planLink}>
                    {t('campaigns.adoptable.viewPlan')}
                  </Link>
                ) : (
                  canAdopt && (
                    <Button
                      type="primary"
                      aria-label={t('campaigns.adoptable.adoptLabel', { title: offer.title })}
                      onClick={() => setAdopting(offer)}
                    >
                      {t('campaigns.adoptable.adopt')}
                    </Button>
                  )
                )}
              </Flex>
            </li>
          ))}
        </Flex>
        {total > PAGE_SIZE && <PhonePager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />}
      </Card>
      {adopting && (
        <AdoptCampaignModal
          offer={adopting}
          onClose={() => setAdopting(null)}
          onAdopted={(plan) => {
            setAdopting(null);
            onAdopted(plan);
          }}
        />
      )}
    </section>
  );
}
