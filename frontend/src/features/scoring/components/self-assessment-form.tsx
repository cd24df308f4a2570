import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { ApiError, fieldMessage, problemMessage, toNamePath } from '@/lib/problem';
import type { Standard } from '@/features/campaigns/api/get-standards';
import type { SelfAssessment, SelfScoreInput } from '../api/get-self-assessment';
import { useSaveSelfAssessment } from '../api/save-self-assessment';
import { useSubmitSelfAssessment } from '../api/submit-self-assessment';
import { PointsStepper } from './points-stepper';
import { scoreProblem, showPoints, total } from './score-rules';
import { ScoreSummary } from './score-summary';
import { JUSTIFICATION_MAX, justificationTooLong, selfInitialValues, selfScores, unscored, type SelfValues } from './self-assessment-rules';

type Props = {
  campaignId: number;
  branchId: number;
  standards: Standard[];
  current: SelfAssessment | null;
};

/**
 * The branch scores itself per indicator (0..its points, steps of 0.5) with a note; drafts, one submit, then a
 * summary to read.
 */
export function SelfAssessmentForm(props: Props) {
  const { t } = useTranslation();
  const { current, standards } = props;
  if (current?.status !== 'SUBMITTED') return <SelfAssessmentEditor {...props} />;
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={t('selfAssessment.isSubmitted', { at: formatDateTime(current.submittedAt) })}
        style={{ marginBottom: 16 }}
      />
      <ScoreSummary
        standards={standards}
        lines={(current.scores ?? []).map((s) => ({ indicatorId: s.indicatorId, points: s.points, note: s.justification }))}
        noteLabel={t('selfAssessment.justificationShort')}
        totalText={(sum, max) => t('selfAssessment.total', { total: showPoints(sum), max: showPoints(max) })}
        totalTestId="self-total"
        testIdPrefix="self-"
      />
    </>
  );
}

function SelfAssessmentEditor({ campaignId, branchId, standards, current }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<SelfValues>();
  const values = Form.useWatch('s', form) ?? {};
  const save = useSaveSelfAssessment();
  const submit = useSubmitSelfAssessment();
  const [problem, setProblem] = useState<string | null>(null);
  const indicators = standards.flatMap((s) => s.indicators ?? []);
  const max = total(standards.map((s) => s.maxPoints));

  // The server names fields by position in what was sent ("scores[2].points"): put them back on the indicator.
  const showServerErrors = (error: unknown, sent: SelfScoreInput[]) => {
    if (!(error instanceof ApiError) || !error.problem.fieldErrors?.length) return false;
    const fields = error.problem.fieldErrors.flatMap((fe) => {
      const [root, index, leaf] = toNamePath(fe.field ?? '');
      const id = typeof index === 'number' ? sent[index]?.indicatorId : undefined;
      const known = leaf === 'points' || leaf === 'justification';
      return root === 'scores' && id && known ? [{ name: ['s', String(id), leaf], errors: [fieldMessage(fe, t)] }] : [];
    });
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    return fields.length > 0;
  };

  const saveDraft = async (): Promise<SelfAssessment | null> => {
    setProblem(null);
    try {
      await form.validateFields();
    } catch {
      return null;
    }
    const sent = selfScores(indicators, form.getFieldsValue(true) as SelfValues);
    try {
      return await save.mutateAsync({ campaignId, branchId, current, scores: sent });
    } catch (error) {
      if (!showServerErrors(error, sent)) setProblem(problemMessage(error, t));
      return null;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('selfAssessment.saved'));
  };

  const onSubmit = async () => {
    const v = form.getFieldsValue(true) as SelfValues;
    const missing = unscored(indicators, v);
    if (missing.length) {
      form.setFields(missing.map((i) => ({ name: ['s', String(i.id), 'points'], errors: [t('selfAssessment.required')] })));
      setProblem(t('selfAssessment.missing', { count: missing.length }));
      return;
    }
    try {
      await form.validateFields();
    } catch {
      return;
    }
    modal.confirm({
      title: t('selfAssessment.submitTitle'),
      content: t('selfAssessment.submitConfirm', { total: total(selfScores(indicators, v).map((s) => s.points)) }),
      okText: t('selfAssessment.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await saveDraft();
        if (!saved) return;
        try {
          await submit.mutateAsync({ campaignId, branchId, version: saved.version ?? 0 });
          void message.success(t('selfAssessment.submitted'));
        } catch (error) {
          setProblem(problemMessage(error, t));
        }
      },
    });
  };

  const running = total(indicators.map((i) => values[String(i.id)]?.points));

  return (
    <Form<SelfValues> form={form} layout="vertical" initialValues={selfInitialValues(current)} requiredMark={false}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Flex vertical gap={16}>
        {standards.map((standard) => (
          <Card key={standard.id} title={`${standard.name}（${t('scoring.points', { points: standard.maxPoints })}）`} size="small">
            {(standard.indicators ?? []).map((indicator) => {
              const id = String(indicator.id);
              const maxPoints = indicator.maxPoints ?? 0;
              return (
                <div key={id} data-testid={`self-${indicator.code ?? id}`} style={{ marginBottom: 8 }}>
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {indicator.name}
                  </Typography.Paragraph>
                  {indicator.description && (
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                      {indicator.description}
                    </Typography.Paragraph>
                  )}
                  <Form.Item
                    name={['s', id, 'points']}
                    label={t('selfAssessment.score', { max: maxPoints })}
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
                    name={['s', id, 'justification']}
                    label={t('selfAssessment.justification')}
                    rules={[
                      {
                        validator: (_, text: string | undefined) =>
                          justificationTooLong(text)
                            ? Promise.reject(new Error(t('selfAssessment.rule.justificationLong')))
                            : Promise.resolve(),
                      },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={JUSTIFICATION_MAX} />
                  </Form.Item>
                </div>
              );
            })}
          </Card>
        ))}
      </Flex>
      <div className="cx-sticky-actions">
        <Typography.Text strong aria-live="polite" data-testid="self-total">
          {t('selfAssessment.total', { total: showPoints(running), max: showPoints(max) })}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button onClick={() => void onSave()} loading={save.isPending}>
            {t('selfAssessment.saveDraft')}
          </Button>
          <Button type="primary" onClick={() => void onSubmit()} loading={submit.isPending}>
            {t('selfAssessment.submit')}
          </Button>
        </Flex>
      </div>
    </Form>
  );
}
