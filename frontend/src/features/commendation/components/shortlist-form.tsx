import { Button, Card, Form, InputNumber, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import { useGrades } from '../api/campaigns';
import { useCreateShortlist } from '../api/create-shortlist';
import type { CommendationList } from '../api/keys';
import { useApp } from '@/components/antd-scope';

type Values = { basis: 'GRADE' | 'TOP_N'; minGradeCode?: string; topN?: number | null };

/** Draws the first shortlist from the final results: every eligible branch at or above a grade, or the top N. */
export function ShortlistForm({ campaignId, onCreated }: { campaignId: number; onCreated: (list: CommendationList) => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const grades = useGrades(campaignId);
  const create = useCreateShortlist(campaignId);
  const { save, alert } = useSaveForm(form);
  const basis = (Form.useWatch('basis', form) as Values['basis'] | undefined) ?? 'GRADE';

  const onFinish = (v: Values) =>
    save(async () => {
      const list = await create.mutateAsync(
        v.basis === 'GRADE' ? { basis: 'GRADE', minGradeCode: v.minGradeCode } : { basis: 'TOP_N', topN: v.topN ?? undefined },
      );
      void message.success(t('commendation.shortlist.created', { count: list.entries.length }));
      onCreated(list);
    });

  return (
    <Card size="small" title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.shortlist.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('commendation.shortlist.hint')}</Typography.Paragraph>
      <SaveProblemAlert {...alert} style={{ marginBottom: 12 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ basis: 'GRADE', topN: 5 }}
        onFinish={(v) => void onFinish(v)}
        style={{ maxWidth: 480 }}
      >
        <Form.Item name="basis" label={t('commendation.shortlist.basis')}>
          <Segmented
            aria-label={t('commendation.shortlist.basis')}
            options={[
              { value: 'GRADE', label: t('commendation.shortlist.byGrade') },
              { value: 'TOP_N', label: t('commendation.shortlist.byTopN') },
            ]}
          />
        </Form.Item>
        {basis === 'GRADE' ? (
          <Form.Item
            name="minGradeCode"
            label={t('commendation.shortlist.grade')}
            rules={[{ required: true, message: t('errors.validation.required') }]}
          >
            <Select
              loading={grades.isPending}
              options={(grades.data ?? []).map((g) => ({ value: g.code, label: `${g.name}（≥ ${g.minTotal}）` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="topN"
            label={t('commendation.shortlist.topN')}
            extra={t('commendation.shortlist.topNHint')}
            rules={[{ required: true, message: t('errors.validation.required') }]}
          >
            <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('commendation.shortlist.submit')}
        </Button>
      </Form>
    </Card>
  );
}
