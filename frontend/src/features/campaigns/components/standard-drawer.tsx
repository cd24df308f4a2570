import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '@/hooks/use-is-phone';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import { useUpdateStandard, type Standard, type StandardRequest } from '../api/standards';

type Values = Omit<StandardRequest, 'version'>;

function toValues(s: Standard): Values {
  return {
    seq: s.seq ?? 1,
    code: s.code ?? '',
    name: s.name ?? '',
    description: s.description,
    maxPoints: s.maxPoints ?? 0,
    indicators: (s.indicators ?? []).map((i) => ({
      code: i.code ?? '',
      name: i.name ?? '',
      description: i.description,
      maxPoints: i.maxPoints ?? 0,
    })),
  };
}

/** Edits a standard with its indicators as a whole; a 409 (scoring started, closed) is shown above the form. */
export function StandardDrawer({ campaignId, standard, onClose }: { campaignId: number; standard: Standard; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const update = useUpdateStandard(campaignId);
  const [problem, setProblem] = useState<string | null>(null);
  const indicators = Form.useWatch('indicators', form) ?? [];
  const maxPoints = Form.useWatch('maxPoints', form) ?? 0;
  const sum = indicators.reduce((acc, i) => acc + (Number(i?.maxPoints) || 0), 0);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      await update.mutateAsync({ id: standard.id ?? 0, body: { ...v, version: standard.version } });
      void message.success(t('campaigns.standard.saved'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblem(problemMessage(error, t));
        return;
      }
      const { applied, unmatched } = applyFieldErrors(form, error, t);
      if (applied === 0) setProblem(problemMessage(error, t));
      else if (unmatched.length) setProblem(t('errors.unmatched', { detail: unmatched.join('；') }));
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('campaigns.standard.editTitle', { name: standard.name })}
      placement={phone ? 'bottom' : 'right'}
      styles={phone ? { wrapper: { height: '92vh' } } : { wrapper: { width: 720, maxWidth: '100vw' } }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={toValues(standard)} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="seq" hidden>
          <InputNumber />
        </Form.Item>
        <Form.Item name="code" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('campaigns.standard.name')} rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.standard.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="maxPoints" label={t('campaigns.standard.maxPoints')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <InputNumber min={0.5} max={1000} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: '1.05em' }}>
          {t('campaigns.standard.indicators')}
        </Typography.Title>
        <Typography.Paragraph role="status" type={sum === Number(maxPoints) ? 'secondary' : 'danger'}>
          {t('campaigns.standard.sumHint', { sum, max: maxPoints })}
        </Typography.Paragraph>
        <Form.List name="indicators">
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} wrap gap={8} align="flex-start" style={{ borderBottom: '1px solid #eef0f3', paddingBottom: 8 }}>
                  <Form.Item name={[field.name, 'code']} label={t('campaigns.standard.indicatorCode')} style={{ flex: '1 1 110px', margin: 0 }}
                    rules={[{ required: true, message: t('errors.validation.required') }]}>
                    <Input maxLength={32} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} label={t('campaigns.standard.indicatorName')} style={{ flex: '3 1 240px', margin: 0 }}
                    rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}>
                    <Input.TextArea autoSize={{ minRows: 1 }} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'maxPoints']} label={t('campaigns.standard.indicatorPoints')} style={{ flex: '1 1 90px', margin: 0 }}
                    rules={[{ required: true, message: t('errors.validation.required') }]}>
                    <InputNumber min={0.5} max={1000} step={0.5} style={{ width: '100%' }} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('campaigns.standard.remove')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                    disabled={fields.length <= 1}
                    style={{ marginTop: 30, minWidth: 44, minHeight: 44 }}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ code: '', name: '', maxPoints: 1 })}>
                {t('campaigns.standard.addIndicator')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
