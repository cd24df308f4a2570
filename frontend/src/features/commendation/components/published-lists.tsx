import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { usePublishedLists } from '../api/get-published-lists';
import { formatDay } from './format';
import { LinkButton } from './link-button';
import { listInForce } from './list-rules';

/** Every published commendation list the reader may see, newest campaign first; corrected ones are marked. */
export function PublishedLists({ listHref }: { listHref: (id: number) => string }) {
  const { t } = useTranslation();
  const query = usePublishedLists();

  let body;
  if (query.isPending) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (query.isError)
    body = <ErrorState title={t('commendation.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.length === 0) body = <Empty description={t('commendation.publishedEmpty')} />;
  else
    body = (
      <Flex vertical gap={12}>
        {query.data.map(({ campaign, lists }) => {
          const inForce = listInForce(lists);
          return (
            <Card
              key={campaign.id}
              size="small"
              title={<h2 style={{ fontSize: '1.05em', margin: 0, whiteSpace: 'normal' }}>{campaign.title}</h2>}
            >
              <Flex vertical gap={12}>
                {lists.map((l) => (
                  <Flex key={l.id} justify="space-between" align="center" gap={8} wrap data-testid="published-list">
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>{l.resolutionNumber}</Typography.Text>
                      {l.id !== inForce?.id && <Tag style={{ marginInlineStart: 8 }}>{t('commendation.correction.superseded')}</Tag>}
                      <div>
                        <Typography.Text type="secondary">
                          {formatDay(l.resolutionDate)} · {t('commendation.count', { count: l.entryCount })}
                        </Typography.Text>
                      </div>
                    </div>
                    <LinkButton to={listHref(l.id)} label={`${t('commendation.openList')} ${l.resolutionNumber ?? ''}`}>
                      {t('commendation.openList')}
                    </LinkButton>
                  </Flex>
                ))}
              </Flex>
            </Card>
          );
        })}
      </Flex>
    );

  return (
    <section aria-labelledby="published-lists-title">
      <Typography.Title level={1} id="published-lists-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('commendation.title')}
      </Typography.Title>
      {body}
    </section>
  );
}
