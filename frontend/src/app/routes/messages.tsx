import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MessageList } from '@/features/me/components/message-list';

/** 消息: what happened that the signed-in account should know, newest first. */
export function MessagesRoute() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={1} style={{ fontSize: '1.5em', margin: 0 }}>
        {t('messages.title')}
      </Typography.Title>
      <MessageList />
    </Flex>
  );
}
