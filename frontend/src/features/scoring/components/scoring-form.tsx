import { Alert, App, Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldMessage, problemMessage, toNamePath } from '@/lib/problem';
import type { Standard } from '@/features/campaigns/api/get-standards';
import type { ScoreInput, Scoresheet } from '../api/get-scoresheet';
import { useSaveScores } from '../api/save-scores';
import { useSubmitScoresheet } from '../api/submit-scoresheet';
import { PointsStepper } from './points-stepper';
import { needsComment, scoreProblem, showPoints, total } from './score-rules';
import { ScoreSummary } from './score-summary';

type Entry = { points?: number | null; comment?: string };
type Values = { s: Record<string, Entry> };

function initialValues(sheet: Scoresheet | null): Values {
  const s: Record<string, Entry> = {};
  for (const score of sheet?.scores ?? []) s[String(score.indicatorId)] = { points: score.points, comment: score.comment ?? undefined };
  return { s };
}

type Props = {
  campaignId: number;
  branchId: number;
  standards: Standard[];
  sheet: Scoresheet | null;
  /** The branch's submitted self-assessment, points per indicator id, shown beside each indicator. */
  selfPoints?: Record<number, number>;
};

/**
 * One branch's scoresheet: each indicator's wording and points, the comment rule, drafts and the final submit;
 * once submitted, a summary to read.
 */
export function ScoringForm(props: Props) {
  const { t } = useTranslation();
  if (props.sheet?.status !== 'SUBMITTED') return <ScoringEditor {...props} />;
  return (
    <>
      <Alert type="success" showIcon title={t('scoring.isSubmitted')} style={{ marginBottom: 16 }} />
      <ScoreSummary
        standards={props.standards}
        lines={(props.sheet.scores ?? []).map((s) => ({ indicatorId: s.indicatorId, points: s.points, note: s.comment }))}
        noteLabel={t('scoring.comment')}
        totalText={(sum, max) => t('scoring.total', { total: showPoints(sum), max: showPoints(max) })}
        totalTestId="score-total"
        testIdPrefix="indicator-"
        selfPoints={props.selfPoints}
      />
    </>
  );
}

function ScoringEditor({ campaignId, branchId, standards, sheet, selfPoints }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch('s', form) ?? {};
  const save = useSaveScores();
  const submit = useSubmitScoresheet();
  const [problem, setProblem] = useState<string | null>(null);
  const indicators = standards.flatMap((s) => s.indicators ?? []);
  const max = total(standards.map((s) => s.maxPoints));

  const scores = (v: Values): ScoreInput[] =>
    indicators
      .filter((i) => v.s?.[String(i.id)]?.points !== undefined && v.s?.[String(i.id)]?.points !== null)
      .map((i) => {
        const e = v.s[String(i.id)] ?? {};
        return { indicatorId: i.id ?? 0, points: e.points ?? 0, comment: e.comment?.trim() || undefined };
      });

  // The server names fields by position in what was sent ("scores[2].comment"): put them back on the indicator.
  const showServerErrors = (error: unknown, sent: ScoreInput[]) => {
    if (!(error instanceof ApiError) || !error.problem.fieldErrors?.length) return false;
    const fields = error.problem.fieldErrors.flatMap((fe) => {
      const [root, index, leaf] = toNamePath(fe.field ?? '');
      const id = typeof index === 'number' ? sent[index]?.indicatorId : undefined;
      const known = leaf === 'points' || leaf === 'comment';
      return root === 'scores' && id && known
        ? [{ name: ['s', String(id), leaf] as ['s', string, typeof leaf], errors: [fieldMessage(fe, t)] }]
        : [];
    });
    form.setFields(fields);
    return fields.length > 0;
  };

  const saveDraft = async (): Promise<Scoresheet | null> => {
    setProblem(null);
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    const sent = scores(form.getFieldsValue(true) as Values);
    try {
      return await save.mutateAsync({ campaignId, branchId, sheet, scores: sent });
    } catch (error) {
      if (!showServerErrors(error, sent)) setProblem(problemMessage(error, t));
      return null;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('scoring.saved'));
  };

  const onSubmit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const missing = indicators.filter((i) => v.s?.[String(i.id)]?.points === undefined || v.s?.[String(i.id)]?.points === null);
    if (missing.length) {
      form.setFields(missing.map((i) => ({ name: ['s', String(i.id), 'points'], errors: [t('scoring.required')] })));
      setProblem(t('scoring.missing', { count: missing.length }));
      return;
    }
    try {
      await form.validateFields();
    } catch {
      return;
    }
    modal.confirm({
      title: t('scoring.submitTitle'),
      content: t('scoring.submitConfirm', { total: total(scores(v).map((s) => s.points)) }),
      okText: t('scoring.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await saveDraft();
        if (!saved) return;
        try {
          await submit.mutateAsync({ campaignId, sheet: saved });
          void message.success(t('scoring.submitted'));
        } catch (error) {
          setProblem(problemMessage(error, t));
        }
      },
    });
  };

  const running = total(indicators.map((i) => values[String(i.id)]?.points));

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues(sheet)} requiredMark={false}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Flex vertical gap={16}>
        {standards.map((standard) => (
          <Card key={standard.id} title={`${standard.name}（${t('scoring.points', { points: standard.maxPoints })}）`} size="small">
            {standard.description && <Typography.Paragraph type="secondary">{standard.description}</Typography.Paragraph>}
            {(standard.indicators ?? []).map((indicator) => {
              const id = String(indicator.id);
              const maxPoints = indicator.maxPoints ?? 0;
              const commentNeeded = needsComment(values[id]?.points, maxPoints);
              const self = selfPoints?.[indicator.id ?? 0];
              return (
                <div key={id} data-testid={`indicator-${indicator.code ?? id}`}>
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
                    name={['s', id, 'points']}
                    label={t('scoring.score', { max: maxPoints })}
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
                    name={['s', id, 'comment']}
                    label={commentNeeded ? t('scoring.commentRequired') : t('scoring.comment')}
                    dependencies={[['s', id, 'points']]}
                    rules={[
                      { required: commentNeeded, whitespace: true, message: t('scoring.rule.comment') },
                      { max: 1000, message: t('scoring.rule.commentLong') },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={1000} />
                  </Form.Item>
                </div>
              );
            })}
          </Card>
        ))}
      </Flex>
      <div className="cx-sticky-actions">
        <Typography.Text strong aria-live="polite" data-testid="score-total">
          {t('scoring.total', { total: showPoints(running), max: showPoints(max) })}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button onClick={() => void onSave()} loading={save.isPending}>
            {t('scoring.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => void onSubmit()} loading={submit.isPending}>
            {t('scoring.submit')}
          </Button>
        </Flex>
      </div>
    </Form>
  );
}
