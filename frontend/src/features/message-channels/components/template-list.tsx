import { CheckCircleOutlined, EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Segmented, Skeleton, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { StatusTag } from '@/components/status-tag';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDateTime } from '@/lib/format';
import { useMessageTemplates, type MessageLocale, type MessageTemplate } from '../api/get-message-templates';
import { LOCALES } from './kinds';
import { TemplateDrawer } from './template-drawer';

// Fifteen kinds in two languages: one page holds them all.
const PAGE_SIZE = 30;

function CustomisedTag({ customised }: { customised: boolean }) {
  const { t } = useTranslation();
  return customised ? (
    <StatusTag tone="ok" icon={<CheckCircleOutlined />}>
      {t('messageChannels.templates.customised')}
    </StatusTag>
  ) : (
    <StatusTag tone="off" icon={<FileTextOutlined />}>
      {t('messageChannels.templates.shipped')}
    </StatusTag>
  );
}

const keyOf = (m: MessageTemplate) => `${m.kind}/${m.locale}`;

/**
 * The wording of every kind of message in both languages, as shipped or as staff reworded it; `canEdit` (an
 * administrator of the top organisation) may reword one, `readOnlyNote` tells other administrators why they may not.
 */
export function TemplateList({ canEdit, readOnlyNote }: { canEdit: boolean; readOnlyNote: boolean }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [locale, setLocale] = useState<MessageLocale | 'all'>('all');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<MessageTemplate | null>(null);
  const templates = useMessageTemplates({ locale: locale === 'all' ? undefined : locale, page, size: PAGE_SIZE, sort: 'kind' });
  const items = templates.data?.items ?? [];
  const total = templates.data?.total ?? 0;
  const kind = (m: MessageTemplate) => t(`messageChannels.kind.${m.kind}`, { defaultValue: m.kind });
  const language = (m: MessageTemplate) => t(`messageChannels.locale.${m.locale}`);
  const updated = (m: MessageTemplate) =>
    m.updatedBy ? t('messageChannels.templates.updatedBy', { by: m.updatedBy, at: formatDateTime(m.updatedAt) }) : t('common.none');
  const editButton = (m: MessageTemplate, block = false) =>
    canEdit && (
      <Button
        icon={<EditOutlined />}
        block={block}
        aria-label={`${t('messageChannels.templates.edit')} ${kind(m)}（${language(m)}）`}
        onClick={() => setEditing(m)}
      >
        {t('messageChannels.templates.edit')}
      </Button>
    );

  const columns: TableProps<MessageTemplate>['columns'] = [
    { key: 'kind', title: t('messageChannels.templates.kind'), render: (_, m) => kind(m), width: 150 },
    { key: 'locale', title: t('messageChannels.templates.language'), render: (_, m) => language(m), width: 90 },
    {
      key: 'subject',
      title: t('messageChannels.templates.subject'),
      render: (_, m) => (
        <>
          <Typography.Text strong>{m.subject}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: m.body }} style={{ margin: 0 }}>
            {m.body}
          </Typography.Paragraph>
        </>
      ),
    },
    {
      key: 'state',
      title: t('messageChannels.templates.state'),
      render: (_, m) => <CustomisedTag customised={m.customised} />,
      width: 110,
    },
    { key: 'updated', title: t('messageChannels.templates.updated'), render: (_, m) => updated(m), width: 200 },
    ...(canEdit
      ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, m: MessageTemplate) => editButton(m), width: 110 }]
      : []),
  ];

  let body;
  if (templates.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (templates.isError)
    body = (
      <ErrorState title={t('messageChannels.templates.loadFailed')} error={templates.error} onRetry={() => void templates.refetch()} />
    );
  else if (items.length === 0) body = <Empty description={t('messageChannels.templates.empty')} />;
  else if (phone)
    body = (
      <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((m) => (
          <li key={keyOf(m)} data-testid="template" data-kind={m.kind} data-locale={m.locale}>
            <Card size="small" title={`${kind(m)} · ${language(m)}`} extra={<CustomisedTag customised={m.customised} />}>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {m.subject}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
                {m.body}
              </Typography.Paragraph>
              {m.updatedBy && <Typography.Paragraph type="secondary">{updated(m)}</Typography.Paragraph>}
              {editButton(m, true)}
            </Card>
          </li>
        ))}
      </Flex>
    );
  else
    body = (
      <ScrollRegion label={t('messageChannels.tabs.templates')}>
        <Table<MessageTemplate>
          rowKey={keyOf}
          size="small"
          columns={columns}
          dataSource={items}
          loading={templates.isFetching}
          onRow={(m) => ({ 'data-testid': 'template', 'data-kind': m.kind, 'data-locale': m.locale }) as React.HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        />
      </ScrollRegion>
    );

  return (
    <>
      <Typography.Paragraph type="secondary">{t('messageChannels.templates.hint')}</Typography.Paragraph>
      {readOnlyNote && <Alert type="info" showIcon title={t('messageChannels.templates.readOnly')} style={{ marginBottom: 16 }} />}
      <Segmented<MessageLocale | 'all'>
        aria-label={t('messageChannels.templates.language')}
        value={locale}
        onChange={(value) => {
          setLocale(value);
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('messageChannels.templates.allLanguages') },
          ...LOCALES.map((l) => ({ value: l, label: t(`messageChannels.locale.${l}`) })),
        ]}
        style={{ marginBottom: 16 }}
      />
      {body}
      {editing && <TemplateDrawer key={keyOf(editing)} template={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
