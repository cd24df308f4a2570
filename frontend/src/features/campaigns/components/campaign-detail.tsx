import { Alert, Button, Flex, Select, Skeleton, Tabs, Typography } from 'antd';
import { useIsPhone } from '@/hooks/use-is-phone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { problemMessage } from '@/lib/problem';
import { useChangeCampaignStatus, type StatusAction } from '../api/change-campaign-status';
import { useCampaign } from '../api/get-campaign';
import type { Campaign } from '../api/get-campaigns';
import { AdoptionsPanel } from './adoptions-panel';
import { CampaignOverview } from './campaign-overview';
import { CampaignStatusTag } from './campaign-status-tag';
import { CopyCampaignModal } from './copy-campaign-modal';
import { formatDate } from './format';
import { RecordedHistoryModal } from './recorded-history-modal';
import { DeliverableTypesPanel } from './deliverable-types-panel';
import { GradeScaleForm } from './grade-scale-form';
import { ParticipantsPanel } from './participants-panel';
import { PhasesPanel } from './phases-panel';
import { StandardsPanel } from './standards-panel';
import { useApp } from '@/components/antd-scope';

const TABS = ['overview', 'phases', 'standards', 'grades', 'types', 'participants', 'adoptions', 'recommendations'] as const;
type Tab = (typeof TABS)[number];

/**
 * A campaign for committee staff: tabs for its configuration, status actions and copying it as a template; for staff
 * and leaders also which organisations below adopted it (`canSeeAdoptions`) and, once it runs, its recommendations up
 * the chain (推荐上报), which the app composes from their own feature (`recommendations`, given whether the reader
 * may write). A plan adopting a campaign above names it and its own document number (文号). `links` leads on to the
 * pages built on the campaign (its assessment).
 */
export function CampaignDetail({
  id,
  canManage,
  canSeeAdoptions = false,
  onCopied,
  links,
  recommendations,
}: {
  id: number;
  canManage: boolean;
  canSeeAdoptions?: boolean;
  onCopied: (copy: Campaign) => void;
  links?: React.ReactNode;
  recommendations?: (campaign: Campaign, canManage: boolean) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const campaign = useCampaign(id);
  const change = useChangeCampaignStatus();
  const [copying, setCopying] = useState(false);
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (campaign.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (campaign.isError)
    return <ErrorState title={t('campaigns.loadFailed')} error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const editable = canManage && c.status !== 'CLOSED';
  const tabs = TABS.filter((k) => {
    if (k === 'adoptions') return canSeeAdoptions;
    if (k === 'recommendations') return canSeeAdoptions && recommendations !== undefined && c.status !== 'DRAFT';
    return true;
  });
  const rawTab = params.get('tab');
  const tab: Tab = tabs.includes(rawTab as Tab) ? (rawTab as Tab) : 'overview';

  const confirm = (action: StatusAction) => {
    modal.confirm({
      title: action === 'activate' ? t('campaigns.activate') : t('campaigns.close'),
      content: t(action === 'activate' ? 'campaigns.activateConfirm' : 'campaigns.closeConfirm', { title: c.title }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: action === 'close' },
      onOk: async () => {
        setProblem(null);
        try {
          await change.mutateAsync({ id, action, version: c.version });
          void message.success(t(action === 'activate' ? 'campaigns.activated' : 'campaigns.closed'));
        } catch (error) {
          setProblem(problemMessage(error, t));
        }
      },
    });
  };

  const selectTab = (k: string) => setParams(k === 'overview' ? {} : { tab: k }, { replace: true });
  const panels: Record<Tab, React.ReactNode> = {
    overview: <CampaignOverview campaign={c} canEdit={editable} />,
    phases: <PhasesPanel campaignId={id} canEdit={editable} />,
    standards: <StandardsPanel campaignId={id} canEdit={editable} adoptions={campaign.data.adoptions} />,
    grades: <GradeScaleForm campaignId={id} version={c.version} canEdit={editable} />,
    types: <DeliverableTypesPanel campaignId={id} canEdit={editable} />,
    participants: <ParticipantsPanel campaignId={id} canEdit={editable} />,
    adoptions: <AdoptionsPanel campaignId={id} />,
    recommendations: tabs.includes('recommendations') && recommendations?.(c, editable),
  };

  return (
    <section aria-labelledby="campaign-title">
      <Flex justify="space-between" align="flex-start" wrap gap={8} style={{ marginBottom: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} id="campaign-title" style={{ fontSize: '1.5em', margin: 0 }}>
            {c.title}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <CampaignStatusTag status={c.status} />
            <Typography.Text type="secondary">
              {t('campaigns.year')} {c.year} · {t('campaigns.colParticipants')}{' '}
              {t('campaigns.participantsCount', { count: c.participantCount })}
            </Typography.Text>
            {c.documentNumber && (
              <Typography.Text type="secondary" data-testid="campaign-document-number">
                {t('campaigns.documentNumber', { value: c.documentNumber })}
              </Typography.Text>
            )}
          </Flex>
          {c.adoptedFrom && (
            <Typography.Paragraph data-testid="campaign-adopted-from" style={{ margin: '4px 0 0' }}>
              {c.adoptedFrom.documentNumber
                ? t('campaigns.adoptedFromNumbered', {
                    title: c.adoptedFrom.title,
                    organisation: c.adoptedFrom.organisation.name,
                    documentNumber: c.adoptedFrom.documentNumber,
                  })
                : t('campaigns.adoptedFrom', { title: c.adoptedFrom.title, organisation: c.adoptedFrom.organisation.name })}
            </Typography.Paragraph>
          )}
        </div>
        {canManage && (
          <Flex gap={8} wrap>
            {c.status === 'DRAFT' && (
              <Button type="primary" onClick={() => confirm('activate')}>
                {t('campaigns.activate')}
              </Button>
            )}
            {c.status === 'ACTIVE' && (
              <Button danger onClick={() => confirm('close')}>
                {t('campaigns.close')}
              </Button>
            )}
            {c.status !== 'CLOSED' && (
              <Button onClick={() => setRecording(true)}>
                {c.recordedAsOf ? t('campaigns.history.change', { date: formatDate(c.recordedAsOf) }) : t('campaigns.history.open')}
              </Button>
            )}
            <Button onClick={() => setCopying(true)}>{t('campaigns.copy')}</Button>
          </Flex>
        )}
      </Flex>
      {links && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          {links}
        </Flex>
      )}
      {problem && (
        <Alert type="error" showIcon role="alert" title={problem} closable onClose={() => setProblem(null)} style={{ marginBottom: 12 }} />
      )}
      {c.recordedAsOf && (
        <Alert
          type="warning"
          showIcon
          title={t('campaigns.history.banner', { date: formatDate(c.recordedAsOf) })}
          style={{ marginBottom: 12 }}
        />
      )}
      {canManage && c.status === 'DRAFT' && <Alert type="info" showIcon title={t('campaigns.draftHint')} style={{ marginBottom: 12 }} />}
      {phone ? (
        // The tabs overflow a phone; a section picker keeps every part one tap away.
        <>
          <Select
            aria-label={t('campaigns.section')}
            value={tab}
            onChange={selectTab}
            options={tabs.map((k) => ({ value: k, label: t(`campaigns.tabs.${k}`) }))}
            style={{ width: '100%', marginBottom: 12 }}
          />
          <div role="region" aria-label={t(`campaigns.tabs.${tab}`)}>
            {panels[tab]}
          </div>
        </>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={selectTab}
          items={tabs.map((k) => ({ key: k, label: t(`campaigns.tabs.${k}`), children: panels[k] }))}
          destroyOnHidden
        />
      )}
      {recording && <RecordedHistoryModal campaign={c} onClose={() => setRecording(false)} />}
      {copying && (
        <CopyCampaignModal
          campaign={c}
          onClose={() => setCopying(false)}
          onCopied={(copy) => {
            setCopying(false);
            onCopied(copy);
          }}
        />
      )}
    </section>
  );
}
