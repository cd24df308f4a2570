import { Button, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useObjections } from '../api/get-objections';
import type { CommendationList, Objection } from '../api/keys';
import { formatDay } from './format';
import { HiddenText } from './hidden-text';
import { ResolveObjectionModal } from './objection-modals';
import { ObjectionStatusTag } from './status-tags';

/** The objections raised during the notice, each with who raised it (or 匿名), its handling and outcome. */
export function ObjectionsPanel({ list }: { list: CommendationList }) {
  const { t } = useTranslation();
  const objections = useObjections(list.id);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const canResolve = list.status === 'NOTICE';

  if (objections.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (objections.isError)
    return <ErrorState title={t('commendation.loadFailed')} error={objections.error} onRetry={() => void objections.refetch()} />;
  if (objections.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('commendation.objections.empty')} />;

  return (
    <>
      <List
        dataSource={objections.data}
        rowKey={(o) => o.id}
        renderItem={(o) => (
          <List.Item data-testid="objection">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>
                  #{o.id} {t('commendation.objections.about', { name: o.branchName })}
                </Typography.Text>
                <ObjectionStatusTag status={o.status} />
              </Flex>
              <Typography.Text type="secondary">
                {o.anonymous ? t('commendation.objections.anonymousName') : o.raisedBy} ·{' '}
                {t('commendation.objections.receivedOn', { date: formatDay(o.receivedOn) })}
              </Typography.Text>
              <div>{o.content}</div>
              {o.handling && (
                <div>
                  <Typography.Text strong>{t('commendation.objections.handling')}：</Typography.Text>
                  {o.handling}
                </div>
              )}
              {o.outcome && (
                <div>
                  <Typography.Text strong>{t('commendation.objections.outcome')}：</Typography.Text>
                  {o.outcome}
                </div>
              )}
              {canResolve && (
                <div>
                  <Button type={o.status === 'OPEN' ? 'primary' : 'default'} onClick={() => setResolving(o)}>
                    {t('commendation.objections.resolve')}
                    <HiddenText>{t('commendation.objections.resolveLabel', { id: o.id })}</HiddenText>
                  </Button>
                </div>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {resolving && <ResolveObjectionModal objection={resolving} onClose={() => setResolving(null)} />}
    </>
  );
}
