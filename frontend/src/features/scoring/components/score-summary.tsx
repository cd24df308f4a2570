import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Standard } from '@/features/campaigns/api/get-standards';
import { showPoints, total } from './score-rules';

export type SummaryLine = { indicatorId?: number; points?: number | null; note?: string | null };

/**
 * A submitted scoresheet or self-assessment as a page to read: the total, then per standard each indicator's
 * wording, its points as words, the note given, and the standard's subtotal.
 */
export function ScoreSummary({
  standards,
  lines,
  noteLabel,
  totalText,
  totalTestId,
  testIdPrefix,
  selfPoints,
}: {
  standards: Standard[];
  lines: SummaryLine[];
  /** 评语 or 说明. */
  noteLabel: string;
  totalText: (total: number, max: number) => ReactNode;
  totalTestId: string;
  testIdPrefix: string;
  /** The branch's submitted self-assessment per indicator, shown beside the assessor's points. */
  selfPoints?: Record<number, number>;
}) {
  const { t } = useTranslation();
  const byIndicator = new Map(lines.map((l) => [l.indicatorId ?? 0, l]));
  const max = total(standards.map((s) => s.maxPoints));
  const all = total(lines.map((l) => l.points));
  return (
    <Flex vertical gap={16} data-testid="score-summary">
      <Typography.Text strong style={{ fontSize: '1.2em' }} data-testid={totalTestId}>
        {totalText(all, max)}
      </Typography.Text>
      {standards.map((standard) => {
        const indicators = standard.indicators;
        const subtotal = total(indicators.map((i) => byIndicator.get(i.id)?.points));
        return (
          <Card
            key={standard.id}
            size="small"
            title={<h2 style={{ fontSize: '1.05em', margin: 0, whiteSpace: 'normal' }}>{standard.name}</h2>}
            extra={
              <Typography.Text strong className="cx-nowrap" data-testid={`subtotal-${standard.code}`}>
                {t('scoring.subtotal', { points: showPoints(subtotal), max: showPoints(standard.maxPoints) })}
              </Typography.Text>
            }
          >
            <Flex vertical component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {indicators.map((indicator, index) => {
                const line = byIndicator.get(indicator.id);
                const self = selfPoints?.[indicator.id];
                return (
                  <li
                    key={indicator.id}
                    data-testid={`${testIdPrefix}${indicator.code}`}
                    style={{ padding: '8px 0', borderTop: index ? '1px solid #eef0f3' : undefined }}
                  >
                    <Flex justify="space-between" align="baseline" gap={12}>
                      <Typography.Text>{indicator.name}</Typography.Text>
                      <Typography.Text strong className="cx-nowrap">
                        {t('scoring.pointsOf', { points: showPoints(line?.points), max: showPoints(indicator.maxPoints) })}
                      </Typography.Text>
                    </Flex>
                    {self !== undefined && (
                      <Tag style={{ marginTop: 4 }} data-testid="self-points">
                        {t('scoring.selfPoints', { points: showPoints(self) })}
                      </Tag>
                    )}
                    {line?.note && (
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                        {noteLabel}：{line.note}
                      </Typography.Paragraph>
                    )}
                  </li>
                );
              })}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
