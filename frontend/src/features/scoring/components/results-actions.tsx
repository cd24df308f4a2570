import { LockOutlined, NotificationOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useFinaliseResults } from '../api/finalise-results';
import { usePublishResults } from '../api/publish-results';
import { resultsActions } from './result-rules';
import { useApp } from '@/components/antd-scope';

/** Finalise, then publish, each after a confirmation; the score sheet as Excel once finalised. */
export function ResultsActions({
  campaign,
  unscored,
  onRefused,
}: {
  campaign: Campaign;
  unscored: number;
  onRefused: (error: unknown | null) => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const finalise = useFinaliseResults();
  const publish = usePublishResults();
  const { canFinalise, canPublish } = resultsActions(campaign.resultsStatus);
  const campaignId = campaign.id;

  const confirm = (action: 'finalise' | 'publish') => {
    const mutation = action === 'finalise' ? finalise : publish;
    modal.confirm({
      title: t(action === 'finalise' ? 'resultsDesk.finaliseTitle' : 'resultsDesk.publishTitle'),
      content: (
        <>
          <p>{t(action === 'finalise' ? 'resultsDesk.finaliseConfirm' : 'resultsDesk.publishConfirm', { title: campaign.title })}</p>
          {action === 'finalise' && unscored > 0 && (
            <p data-testid="unscored-warning">{t('resultsDesk.unscoredWarning', { count: unscored })}</p>
          )}
        </>
      ),
      okText: t(action === 'finalise' ? 'resultsDesk.finalise' : 'resultsDesk.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onRefused(null);
        try {
          await mutation.mutateAsync({ campaignId, version: campaign.version });
          void message.success(t(action === 'finalise' ? 'resultsDesk.finalised' : 'resultsDesk.published'));
        } catch (error) {
          onRefused(error);
        }
      },
    });
  };

  return (
    <Flex gap={8} wrap>
      {canFinalise && (
        <Button type="primary" icon={<LockOutlined aria-hidden />} loading={finalise.isPending} onClick={() => confirm('finalise')}>
          {t('resultsDesk.finalise')}
        </Button>
      )}
      {canPublish && (
        <Button type="primary" icon={<NotificationOutlined aria-hidden />} loading={publish.isPending} onClick={() => confirm('publish')}>
          {t('resultsDesk.publish')}
        </Button>
      )}
      {/* The server makes the score sheet only of finalised results; before that the button says why it waits. */}
      <DownloadButton path={`/api/v1/exports/campaigns/${campaignId}/score-sheet.xlsx`} disabled={canFinalise}>
        {t('resultsDesk.export')}
      </DownloadButton>
      {canFinalise && <Typography.Text type="secondary">{t('resultsDesk.exportAfterFinalise')}</Typography.Text>}
    </Flex>
  );
}
