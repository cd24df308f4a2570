import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import { useGradeScale, type Grade } from '../api/get-grade-scale';
import { useReplaceGradeScale } from '../api/replace-grade-scale';
import { useApp } from '@/components/antd-scope';

type Values = { grades: Grade[] };

/** The grade thresholds, highest first, replaced as a whole with the campaign's version. */
export function GradeScaleForm({ campaignId, version, canEdit }: { campaignId: number; version?: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const scale = useGradeScale(campaignId);
  const replace = useReplaceGradeScale(campaignId);
  const [form] = Form.useForm<Values>();
  const { save, alert } = useSaveForm(form);

  if (scale.isPending) return <Skeleton active />;
  if (scale.isError) return <ErrorState title={t('campaigns.loadFailed')} error={scale.error} onRetry={() => void scale.refetch()} />;

  const onFinish = (v: Values) =>
    save(async () => {
      await replace.mutateAsync({ grades: v.grades, version: version ?? scale.data.version });
      void message.success(t('campaigns.grade.saved'));
    });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ grades: scale.data.grades }}
      onFinish={(v) => void onFinish(v)}
      disabled={!canEdit}
    >
      <Typography.Paragraph type="secondary">{t('campaigns.grade.hint')}</Typography.Paragraph>
      <SaveProblemAlert {...alert} />
      <Form.List name="grades">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 && <Typography.Text>{t('campaigns.grade.empty')}</Typography.Text>}
            {fields.map((field, index) => (
              <Flex key={field.key} wrap gap={8} align="flex-start">
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('campaigns.grade.name')}
                  style={{ flex: '2 1 120px', margin: 0 }}
                  rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
                >
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'code']}
                  label={t('campaigns.grade.code')}
                  style={{ flex: '2 1 120px', margin: 0 }}
                  rules={[{ required: true, message: t('errors.validation.required') }]}
                >
                  <Input maxLength={32} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'minTotal']}
                  label={t('campaigns.grade.minTotal')}
                  style={{ flex: '1 1 100px', margin: 0 }}
                  rules={[{ required: true, message: t('errors.validation.required') }]}
                >
                  <InputNumber min={0} max={10000} step={0.5} style={{ width: '100%' }} />
                </Form.Item>
                {canEdit && (
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('campaigns.standard.remove')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30, minWidth: 44, minHeight: 44 }}
                  />
                )}
              </Flex>
            ))}
            {canEdit && (
              <Flex gap={8} wrap>
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ code: '', name: '', minTotal: 0 })}>
                  {t('campaigns.grade.add')}
                </Button>
                <Button type="primary" htmlType="submit" loading={replace.isPending}>
                  {t('common.save')}
                </Button>
              </Flex>
            )}
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
