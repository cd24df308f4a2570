import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { formatDateTime } from '@/lib/format';
import type { Standard } from '@/features/campaigns/api/get-standards';
import type { SelfAssessment, SelfScoreInput } from '../api/get-self-assessment';
import { useSaveSelfAssessment } from '../api/save-self-assessment';
import { useSubmitSelfAssessment } from '../api/submit-self-assessment';
import { IndicatorScoreGrid, indicatorPoints, ScoreSheetBar } from './indicator-score-grid';
import { showPoints, total } from './score-rules';
import { ScoreSummary } from './score-summary';
import { JUSTIFICATION_MAX, justificationTooLong, selfInitialValues, selfScores, type SelfValues } from './self-assessment-rules';
import { useScoreSheetForm } from './use-score-sheet-form';
import { useApp } from '@/components/antd-scope';

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
        lines={current.scores.map((s) => ({ indicatorId: s.indicatorId, points: s.points, note: s.justification }))}
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
  const { modal, message } = useApp();
  const [form] = Form.useForm<SelfValues>();
  const save = useSaveSelfAssessment();
  const submit = useSubmitSelfAssessment();
  const indicators = standards.flatMap((s) => s.indicators);
  const max = total(standards.map((s) => s.maxPoints));
  const sheetForm = useScoreSheetForm<SelfValues, SelfScoreInput>(form, {
    ids: indicators.map((i) => String(i.id)),
    pointsName: indicatorPoints,
    // The server names fields by position in what was sent ("scores[2].points"): put them back on the indicator.
    list: 'scores',
    fieldOf: (score, leaf) => (leaf === 'points' || leaf === 'justification' ? ['s', String(score.indicatorId), leaf] : undefined),
  });

  const saveDraft = (): Promise<SelfAssessment | undefined> =>
    sheetForm.save(async () => {
      await form.validateFields();
      const sent = sheetForm.sending(selfScores(indicators, form.getFieldsValue(true) as SelfValues));
      return save.mutateAsync({ campaignId, branchId, current, scores: sent });
    });

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('selfAssessment.saved'));
  };

  const onSubmit = async () => {
    if (!sheetForm.requireAll(t('selfAssessment.required'), (count) => t('selfAssessment.missing', { count }))) return;
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue(true) as SelfValues;
    modal.confirm({
      title: t('selfAssessment.submitTitle'),
      content: t('selfAssessment.submitConfirm', { total: total(selfScores(indicators, v).map((s) => s.points)) }),
      okText: t('selfAssessment.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await saveDraft();
        if (!saved) return;
        await sheetForm.save(async () => {
          await submit.mutateAsync({ campaignId, branchId, version: saved.version });
          void message.success(t('selfAssessment.submitted'));
        });
      },
    });
  };

  return (
    <Form<SelfValues> form={form} layout="vertical" initialValues={selfInitialValues(current)} requiredMark={false}>
      <SaveProblemAlert {...sheetForm.alert} />
      <IndicatorScoreGrid
        standards={standards}
        testIdPrefix="self-"
        scoreLabel={(maxPoints) => t('selfAssessment.score', { max: maxPoints })}
        note={{
          field: 'justification',
          label: () => t('selfAssessment.justification'),
          rules: () => [
            {
              validator: (_, text: string | undefined) =>
                justificationTooLong(text) ? Promise.reject(new Error(t('selfAssessment.rule.justificationLong'))) : Promise.resolve(),
            },
          ],
          maxLength: JUSTIFICATION_MAX,
        }}
      />
      <ScoreSheetBar
        total={t('selfAssessment.total', { total: showPoints(sheetForm.running), max: showPoints(max) })}
        totalTestId="self-total"
        saveText={t('selfAssessment.saveDraft')}
        submitText={t('selfAssessment.submit')}
        onSave={() => void onSave()}
        onSubmit={() => void onSubmit()}
        saving={save.isPending}
        submitting={submit.isPending}
      />
    </Form>
  );
}
