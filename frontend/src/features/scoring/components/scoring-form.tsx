import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import type { Standard } from '@/features/campaigns/api/get-standards';
import type { ScoreInput, Scoresheet } from '../api/get-scoresheet';
import { useSaveScores } from '../api/save-scores';
import { useSubmitScoresheet } from '../api/submit-scoresheet';
import { IndicatorScoreGrid, indicatorPoints, ScoreSheetBar } from './indicator-score-grid';
import { needsComment, showPoints, total } from './score-rules';
import { ScoreSummary } from './score-summary';
import { useScoreSheetForm } from './use-score-sheet-form';
import { useApp } from '@/components/antd-scope';

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
  const { modal, message } = useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveScores();
  const submit = useSubmitScoresheet();
  const indicators = standards.flatMap((s) => s.indicators);
  const max = total(standards.map((s) => s.maxPoints));
  const sheetForm = useScoreSheetForm<Values, ScoreInput>(form, {
    ids: indicators.map((i) => String(i.id)),
    pointsName: indicatorPoints,
    // The server names fields by position in what was sent ("scores[2].comment"): put them back on the indicator.
    list: 'scores',
    fieldOf: (score, leaf) => (leaf === 'points' || leaf === 'comment' ? ['s', String(score.indicatorId), leaf] : undefined),
  });

  const scores = (v: Values): ScoreInput[] =>
    indicators
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- antd leaves the group undefined until an indicator is scored
      .filter((i) => v.s?.[String(i.id)]?.points !== undefined && v.s?.[String(i.id)]?.points !== null)
      .map((i) => {
        const e = v.s[String(i.id)] ?? {};
        return { indicatorId: i.id, points: e.points ?? 0, comment: e.comment?.trim() || undefined };
      });

  const saveDraft = (): Promise<Scoresheet | undefined> =>
    sheetForm.save(async () => {
      await form.validateFields();
      const sent = sheetForm.sending(scores(form.getFieldsValue(true) as Values));
      return save.mutateAsync({ campaignId, branchId, sheet, scores: sent });
    });

  const onSave = async () => {
    if (await saveDraft()) void message.success(t('scoring.saved'));
  };

  const onSubmit = async () => {
    if (!sheetForm.requireAll(t('scoring.required'), (count) => t('scoring.missing', { count }))) return;
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue(true) as Values;
    modal.confirm({
      title: t('scoring.submitTitle'),
      content: t('scoring.submitConfirm', { total: total(scores(v).map((s) => s.points)) }),
      okText: t('scoring.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const saved = await saveDraft();
        if (!saved) return;
        await sheetForm.save(async () => {
          await submit.mutateAsync({ campaignId, sheet: saved });
          void message.success(t('scoring.submitted'));
        });
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues(sheet)} requiredMark={false}>
      <SaveProblemAlert {...sheetForm.alert} />
      <IndicatorScoreGrid
        standards={standards}
        testIdPrefix="indicator-"
        scoreLabel={(maxPoints) => t('scoring.score', { max: maxPoints })}
        showStandardDescription
        selfPoints={selfPoints}
        note={{
          field: 'comment',
          label: (points, maxPoints) => (needsComment(points, maxPoints) ? t('scoring.commentRequired') : t('scoring.comment')),
          rules: (points, maxPoints) => [
            { required: needsComment(points, maxPoints), whitespace: true, message: t('scoring.rule.comment') },
            { max: 1000, message: t('scoring.rule.commentLong') },
          ],
          maxLength: 1000,
        }}
      />
      <ScoreSheetBar
        total={t('scoring.total', { total: showPoints(sheetForm.running), max: showPoints(max) })}
        totalTestId="score-total"
        saveText={t('scoring.saveDraft')}
        submitText={t('scoring.submit')}
        onSave={() => void onSave()}
        onSubmit={() => void onSubmit()}
        saving={save.isPending}
        submitting={submit.isPending}
      />
    </Form>
  );
}
