import { Alert, Badge, Card, Empty, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyTodos } from '../api/get-my-todos';
import { todoHref, todoTone } from './todo-rules';

/** The first card of a home: what the signed-in user has to do now, each line linking to where it is done. */
export function TodoCard() {
  const { t } = useTranslation();
  const todos = useMyTodos();
  return (
    <Card size="small" title={t('todos.title')} data-testid="todo-card">
      {todos.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : todos.isError ? (
        <Alert type="warning" showIcon title={t('todos.failed')} />
      ) : todos.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todos.none')} />
      ) : (
        <List
          size="small"
          dataSource={todos.data.items}
          rowKey={(item) => `${item.kind}-${item.campaignId}`}
          renderItem={(item) => (
            <List.Item>
              <Link to={todoHref(item)} style={{ display: 'flex', gap: 8, alignItems: 'baseline', width: '100%', minHeight: 44 }}>
                <Badge status={todoTone(item.kind)} />
                <span style={{ flex: 1 }}>
                  {t(`todos.kinds.${item.kind}`, { count: item.count })}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {item.campaignTitle}
                    {item.dueOn
                      ? ` · ${t(item.kind === 'DELIVERABLE_OVERDUE' ? 'todos.dueWas' : 'todos.dueOn', { date: item.dueOn })}`
                      : ''}
                  </Typography.Text>
                </span>
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
