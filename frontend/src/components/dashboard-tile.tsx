import { Alert, Button, Card, Empty, Flex, Skeleton } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';

export type TileState = 'loading' | 'error' | 'empty' | 'ready';

/** Where a tile stands: its query pending or failed, or its data there but with nothing to show. */
export function tileState(query: { isPending: boolean; isError: boolean }, isEmpty: () => boolean): TileState {
  if (query.isError) return 'error';
  if (query.isPending) return 'loading';
  return isEmpty() ? 'empty' : 'ready';
}

type TileProps = {
  title: ReactNode;
  state: TileState;
  /** Shown beside the title: a link to the full page. */
  extra?: ReactNode;
  errorTitle: string;
  error?: unknown;
  onRetry?: () => void;
  emptyText: ReactNode;
  /** Under the empty text: where to look instead. */
  emptyExtra?: ReactNode;
  testId?: string;
  children?: () => ReactNode;
};

/** One dashboard tile: a titled card that loads, fails and stays empty on its own, apart from its neighbours. */
export function Tile({ title, state, extra, errorTitle, error, onRetry, emptyText, emptyExtra, testId, children }: TileProps) {
  const { t } = useTranslation();
  const id = useId();
  let body: ReactNode;
  if (state === 'loading') body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (state === 'error')
    body = (
      <Flex vertical gap={8} align="flex-start">
        <Alert type="warning" showIcon title={errorTitle} description={problemMessage(error, t)} style={{ width: '100%' }} />
        {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      </Flex>
    );
  else if (state === 'empty')
    body = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ margin: '8px 0' }}>
        {emptyExtra}
      </Empty>
    );
  else body = children?.();
  return (
    <section aria-labelledby={id} aria-busy={state === 'loading'} data-testid={testId} data-state={state} style={{ height: '100%' }}>
      <Card
        size="small"
        style={{ height: '100%' }}
        title={
          <h2 id={id} style={{ fontSize: '1.05em', margin: 0, whiteSpace: 'normal' }}>
            {title}
          </h2>
        }
        extra={extra}
      >
        {body}
      </Card>
    </section>
  );
}
