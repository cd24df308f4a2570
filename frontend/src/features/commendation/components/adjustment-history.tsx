import { MinusCircleOutlined, PlusCircleOutlined } from '@ant-design/icons';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommendationList } from '../api/keys';
import { formatMoment } from './format';

/** Every hand-made change to the shortlist: who added or removed which branch, when, and why. */
export function AdjustmentHistory({ list }: { list: CommendationList }) {
  const { t } = useTranslation();
  const adjustments = list.adjustments;
  if (adjustments.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('commendation.adjust.historyEmpty')} />;
  return (
    <Timeline
      items={adjustments.map((a, i) => {
        const added = a.action === 'ADD';
        return {
          key: i,
          icon: added ? <PlusCircleOutlined aria-hidden /> : <MinusCircleOutlined aria-hidden />,
          content: (
            <div data-testid="adjustment">
              <Typography.Text strong>
                {t('commendation.adjust.line', {
                  who: a.madeBy,
                  action: t(added ? 'commendation.adjust.ADD' : 'commendation.adjust.REMOVE'),
                  name: a.branchName,
                })}
              </Typography.Text>
              <div>{a.reason}</div>
              <Typography.Text type="secondary">{formatMoment(a.madeAt)}</Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}
