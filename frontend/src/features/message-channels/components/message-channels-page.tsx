import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DeliveryLog } from './delivery-log';
import { TemplateList } from './template-list';

type Tab = 'templates' | 'deliveries';

/**
 * Message channels (消息渠道) for committee staff and auditors: the wording of the messages sent outside the app, and
 * the log of what was sent. `canEditTemplates`: an administrator of the top organisation; `templatesReadOnlyNote`: an
 * administrator below it, told why the wording is not theirs to change; `canRetry`: an administrator.
 */
export function MessageChannelsPage({
  canEditTemplates,
  templatesReadOnlyNote,
  canRetry,
}: {
  canEditTemplates: boolean;
  templatesReadOnlyNote: boolean;
  canRetry: boolean;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'deliveries' ? 'deliveries' : 'templates';

  return (
    <section aria-labelledby="message-channels-title">
      <Typography.Title level={1} id="message-channels-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {t('messageChannels.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('messageChannels.hint')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'deliveries' ? { tab: key } : {}, { replace: true })}
        items={[
          {
            key: 'templates',
            label: t('messageChannels.tabs.templates'),
            children: <TemplateList canEdit={canEditTemplates} readOnlyNote={templatesReadOnlyNote} />,
          },
          { key: 'deliveries', label: t('messageChannels.tabs.deliveries'), children: <DeliveryLog canRetry={canRetry} /> },
        ]}
      />
    </section>
  );
}
