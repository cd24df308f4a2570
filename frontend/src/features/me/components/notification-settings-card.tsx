import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import { toNamePath } from '@/lib/problem';
import {
  getMyNotificationSettingsQueryOptions,
  useMyNotificationSettings,
  type Channel,
  type ChannelOption,
  type MessageLocale,
  type NotificationSettings,
} from '../api/get-notification-settings';
import { usePutMyNotificationSettings } from '../api/put-notification-settings';
import { useApp } from '@/components/antd-scope';

type Values = { channels: Channel[]; email?: string; phone?: string; locale: MessageLocale };

const LOCALES: MessageLocale[] = ['zh-CN', 'en'];

/** A channel that is not set up here cannot be chosen: it is never shown ticked, nor sent. */
function toValues(settings: NotificationSettings): Values {
  const available = new Set(settings.options.filter((o) => o.available).map((o) => o.channel));
  return {
    channels: settings.channels.filter((c) => available.has(c)),
    email: settings.email ?? undefined,
    phone: settings.phone ?? undefined,
    locale: settings.locale,
  };
}

/** "channels[1]" names the second channel sent: its error belongs to the channel choice as a whole. */
function fieldPath(field: string) {
  return field === 'channels' || field.startsWith('channels[') ? ['channels'] : toNamePath(field);
}

function ChannelChoice({ option }: { option: ChannelOption }) {
  const { t } = useTranslation();
  return (
    <Flex wrap align="center" gap="0 8px">
      <Checkbox
        value={option.channel}
        disabled={!option.available}
        data-touch-target
        data-testid={`channel-${option.channel}`}
        style={{ minHeight: 44, alignItems: 'center' }}
      >
        {t(`notificationSettings.channel.${option.channel}`)}
      </Checkbox>
      <Typography.Text type="secondary">
        {option.available ? t(`notificationSettings.channelHint.${option.channel}`) : t('notificationSettings.notSetUp')}
      </Typography.Text>
    </Flex>
  );
}

function SettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const put = usePutMyNotificationSettings();
  const { save, alert } = useSaveForm(form, {
    fieldPath,
    staleText: t('notificationSettings.stale'),
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getMyNotificationSettingsQueryOptions(), staleTime: 0 });
      form.resetFields();
      form.setFieldsValue(toValues(fresh));
    },
  });
  // Undefined until the form has rendered once.
  const chosen = (Form.useWatch('channels', form) as Channel[] | undefined) ?? toValues(settings).channels;
  const names = (options: ChannelOption[]) =>
    options.map((o) => t(`notificationSettings.channel.${o.channel}`)).join(t('errors.listSeparator'));
  const byAddress = (address: ChannelOption['address']) => settings.options.filter((o) => o.address === address);
  const chosenFor = (address: ChannelOption['address']) => byAddress(address).filter((o) => chosen.includes(o.channel));
  const needsEmail = chosenFor('EMAIL');
  const needsPhone = chosenFor('PHONE');

  const onFinish = (values: Values) =>
    save(async () => {
      const text = (s?: string) => (s?.trim() ? s.trim() : null);
      const available = new Set(settings.options.filter((o) => o.available).map((o) => o.channel));
      await put.mutateAsync({
        email: text(values.email),
        phone: text(values.phone),
        locale: values.locale,
        channels: values.channels.filter((c) => available.has(c)),
        // The settings as last read: a reload after a stale version reads them anew.
        version: settings.version,
      });
      void message.success(t('notificationSettings.saved'));
    });

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={toValues(settings)} onFinish={(v) => void onFinish(v)}>
      <SaveProblemAlert {...alert} />
      <Form.Item name="channels" label={t('notificationSettings.channels')}>
        <Checkbox.Group style={{ display: 'block' }}>
          <Flex vertical>
            {settings.options.map((option) => (
              <ChannelChoice key={option.channel} option={option} />
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="email"
        label={t('notificationSettings.email')}
        extra={t('notificationSettings.neededFor', { channels: names(byAddress('EMAIL')) })}
        rules={[
          { type: 'email', message: t('notificationSettings.emailInvalid') },
          { required: needsEmail.length > 0, whitespace: true, message: t('notificationSettings.emailRequired') },
        ]}
      >
        <Input type="email" inputMode="email" autoComplete="email" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('notificationSettings.phone')}
        extra={t('notificationSettings.neededFor', { channels: names(byAddress('PHONE')) })}
        rules={[
          { pattern: /^[0-9+ -]*$/, message: t('notificationSettings.phoneInvalid') },
          {
            required: needsPhone.length > 0,
            whitespace: true,
            message: t('notificationSettings.phoneRequired', { channels: names(needsPhone) }),
          },
        ]}
      >
        <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={30} />
      </Form.Item>
      <Form.Item name="locale" label={t('notificationSettings.locale')} extra={t('notificationSettings.localeHint')}>
        <Select options={LOCALES.map((l) => ({ value: l, label: t(`notificationSettings.locales.${l}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={put.isPending}>
        {t('notificationSettings.save')}
      </Button>
    </Form>
  );
}

/** Where the account's messages reach it besides the message centre, which is always on. */
export function NotificationSettingsCard() {
  const { t } = useTranslation();
  const settings = useMyNotificationSettings();

  let body;
  if (settings.isPending) body = <Skeleton active />;
  else if (settings.isError)
    body = <ErrorState title={t('notificationSettings.loadFailed')} error={settings.error} onRetry={() => void settings.refetch()} />;
  else body = <SettingsForm settings={settings.data} />;

  return (
    <Card title={t('notificationSettings.title')} data-testid="notification-settings">
      <Typography.Paragraph type="secondary">{t('notificationSettings.centreAlwaysOn')}</Typography.Paragraph>
      {body}
    </Card>
  );
}
