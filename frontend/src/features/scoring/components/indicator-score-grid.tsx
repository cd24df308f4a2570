import { Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import type { FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownText } from '@/components/markdown-text';
import type { Standard } from '@/features/campaigns/api/get-standards';
import { PointsStepper } from './points-stepper';
import { scoreProblem, showPoints } from './score-rules';

/** The values of a sheet scored per indicator: under `s`, by indicator id, the points and a note. */
export type IndicatorEntry = { points?: number | null } & Partial<Record<string, string | number | null>>;
export type IndicatorValues = { s: Record<string, IndicatorEntry> };

/** Where an indicator's points sit in the form. */
export const indicatorPoints = (id: string) => ['s', id, 'points'];

type Note = {
  /** The entry's field for the note beside the points: `comment` or `justification`. */
  field: string;
  label: (points: number | null | undefined, max: number) => string;
  rules: (points: number | null | undefined, max: number) => FormRule[];
  maxLength: number;
};

/**
 * The standards × indicators of a score sheet: per indicator its wording, the points (0..its points, steps of 0.5)
 * and a note. Lives inside a Form whose values are IndicatorValues.
 */
export function IndicatorScoreGrid({
  standards,
  testIdPrefix,
  scoreLabel,
  note,
  showStandardDescription = false,
  selfPoints,
}: {
  standards: Standard[];
  /** Each indicator's block is `${testIdPrefix}${code}`. */
  testIdPrefix: string;
  scoreLabel: (max: number) => string;
  note: Note;
  showStandardDescription?: boolean;
  /** The branch's own points per indicator id, shown beside each indicator. */
  selfPoints?: Record<number, number> | undefined;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<IndicatorValues>();
  const values = (Form.useWatch('s', form) as IndicatorValues['s'] | undefined) ?? {};
  return (
    <Flex vertical gap={16}>
      {standards.map((standard) => (
        <Card key={standard.id} title={`${standard.name}（${t('scoring.points', { points: standard.maxPoints })}）`} size="small">
          {showStandardDescription && standard.description && (
            <div style={{ marginBottom: 12 }}>
              <MarkdownText text={standard.description} />
            </div>
          )}
          {standard.indicators.map((indicator) => {
            const id = String(indicator.id);
            const maxPoints = indicator.maxPoints;
            const points = values[id]?.points;
            const self = selfPoints?.[indicator.id];
            return (
              <div key={id} data-testid={`${testIdPrefix}${indicator.code}`} style={{ marginBottom: 8 }}>
                <Flex justify="space-between" align="baseline" gap={8} style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{indicator.name}</Typography.Text>
                  {self !== undefined && (
                    <Tag className="cx-nowrap" style={{ marginInlineEnd: 0 }} data-testid="self-points">
                      {t('scoring.selfPoints', { points: showPoints(self) })}
                    </Tag>
                  )}
                </Flex>
                {indicator.description && (
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {indicator.description}
                  </Typography.Paragraph>
                )}
                <Form.Item
                  name={indicatorPoints(id)}
                  label={scoreLabel(maxPoints)}
                  rules={[
                    {
                      validator: (_, value: number | null | undefined) => {
                        const p = scoreProblem(value, maxPoints);
                        return p ? Promise.reject(new Error(t(`scoring.rule.${p}`, { max: maxPoints }))) : Promise.resolve();
                      },
                    },
                  ]}
                >
                  <PointsStepper max={maxPoints} name={indicator.name} />
                </Form.Item>
                <Form.Item
                  name={['s', id, note.field]}
                  label={note.label(points, maxPoints)}
                  dependencies={[indicatorPoints(id)]}
                  rules={note.rules(points, maxPoints)}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={note.maxLength} />
                </Form.Item>
              </div>
            );
          })}
        </Card>
      ))}
    </Flex>
  );
}

/** The bar that stays in view under a long sheet: the running total, save as draft and submit. */
export function ScoreSheetBar({
  total,
  totalTestId,
  saveText,
  submitText,
  onSave,
  onSubmit,
  saving,
  submitting,
}: {
  total: ReactNode;
  totalTestId: string;
  saveText: string;
  submitText: string;
  onSave: () => void;
  onSubmit: () => void;
  saving: boolean;
  submitting: boolean;
}) {
  return (
    <div className="cx-sticky-actions">
      <Typography.Text strong aria-live="polite" data-testid={totalTestId}>
        {total}
      </Typography.Text>
      <Flex gap={8} wrap>
        <Button onClick={onSave} loading={saving}>
          {saveText}
        </Button>
        <Button type="primary" onClick={onSubmit} loading={submitting}>
          {submitText}
        </Button>
      </Flex>
    </div>
  );
}
