import { ExclamationCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '@/components/status-tag';
import type { RankingLine } from './ranking-lines';

/** A ranking as an ordered list: rank (shared ranks said in words), branch, total and grade, and why a branch is not eligible. */
export function RankingList({ lines, detailed = false }: { lines: RankingLine[]; detailed?: boolean }) {
  const { t } = useTranslation();
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="ranking-list">
      {lines.map((l) => (
        <li key={l.key} data-testid="ranking-item" style={{ padding: '8px 0', borderBottom: '1px solid #eef0f3' }}>
          <Flex gap={12} align="flex-start">
            <span
              style={{ minWidth: '3.2em', fontWeight: 600, fontSize: '1.1em', color: '#12335e', textAlign: 'center', lineHeight: 1.3 }}
              data-testid="ranking-rank"
            >
              {l.rank == null ? '—' : l.rank}
              {l.tied && <span style={{ display: 'block', fontSize: '0.7em', fontWeight: 400 }}>{t('ranking.tied')}</span>}
            </span>
            <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {l.name}
              </Typography.Text>
              <Typography.Text>
                {l.total == null ? t('ranking.unscored') : t('ranking.total', { total: l.total })}
                {l.grade ? ` · ${l.grade}` : ''}
              </Typography.Text>
              {(!l.eligible || l.disputed) && (
                <Flex wrap gap={4}>
                  {!l.eligible && (
                    <StatusTag tone="warn" icon={<StopOutlined />}>
                      {t('ranking.ineligible')}
                    </StatusTag>
                  )}
                  {l.disputed && (
                    <StatusTag tone="bad" icon={<ExclamationCircleOutlined />}>
                      {t('ranking.disputed')}
                    </StatusTag>
                  )}
                </Flex>
              )}
              {detailed && !l.eligible && l.reasons.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
                  {l.reasons.join('；')}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        </li>
      ))}
    </ol>
  );
}
