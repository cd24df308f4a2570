import { Alert, Badge, Button, Empty, Flex, List, Pagination, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '@/lib/problem';
import { useMyNotifications, type Notification } from '../api/get-my-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { messageHref, messageParams } from './message-rules';
import { useApp } from '@/components/antd-scope';

const PAGE_SIZE = 20;

/** The message centre (消息中心): newest first, unread ones marked; a tap reads a message and opens what it is about. */
export function MessageList() {
  const { t, i18n } = useTranslation();
  const { message } = useApp();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(false);
  const [page, setPage] = useState(1);
  const messages = useMyNotifications({ unread, page, size: PAGE_SIZE });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const open = async (item: Notification) => {
    if (!item.readAt) await markRead.mutateAsync(item.id).catch(() => undefined);
    void navigate(messageHref(item));
  };
  const readAll = async () => {
    try {
      const done = await markAll.mutateAsync();
      void message.success(t('messages.readAllDone', { count: done.marked }));
    } catch (error) {
      void message.error(problemMessage(error, t));
    }
  };

  return (
    <Flex vertical gap={12} data-testid="message-list">
      <Flex justify="space-between" align="center" wrap gap={8}>
        {/* The whole label is the switch's touch area: a tap on the words toggles it too. */}
        <label data-touch-target style={{ display: 'flex', gap: 8, alignItems: 'center', minHeight: 44, cursor: 'pointer' }}>
          <Switch
            checked={unread}
            onChange={(on) => {
              setUnread(on);
              setPage(1);
            }}
            aria-label={t('messages.unreadOnly')}
          />
          {t('messages.unreadOnly')}
        </label>
        <Button onClick={() => void readAll()} loading={markAll.isPending} disabled={!messages.data?.unread} style={{ minHeight: 44 }}>
          {t('messages.readAll')}
        </Button>
      </Flex>
      {messages.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : messages.isError ? (
        <Alert type="warning" showIcon title={t('messages.failed')} />
      ) : messages.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(unread ? 'messages.noneUnread' : 'messages.none')} />
      ) : (
        <>
          <List
            dataSource={messages.data.items}
            rowKey="id"
            renderItem={(item) => (
              <List.Item style={{ padding: 0 }}>
                <button
                  type="button"
                  className="cx-message"
                  data-testid="message"
                  data-unread={item.readAt ? undefined : 'true'}
                  onClick={() => void open(item)}
                >
                  <Badge status={item.readAt ? 'default' : 'processing'} aria-label={item.readAt ? undefined : t('messages.unread')} />
                  <span style={{ flex: 1, textAlign: 'start' }}>
                    <Typography.Text strong={!item.readAt}>{t(`messages.kinds.${item.kind}`, messageParams(item, t))}</Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {time.format(new Date(item.createdAt))}
                    </Typography.Text>
                  </span>
                </button>
              </List.Item>
            )}
          />
          {messages.data.total > PAGE_SIZE && (
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={messages.data.total}
              onChange={setPage}
              showSizeChanger={false}
              size="small"
              style={{ alignSelf: 'center' }}
            />
          )}
        </>
      )}
    </Flex>
  );
}
