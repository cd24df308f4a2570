import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateStandard, type StandardRequest } from '../api/create-standard';
import { getStandard } from '../api/get-standard';
import type { Standard } from '../api/get-standards';
import { useUpdateStandard } from '../api/update-standard';
import { useApp } from '@/components/antd-scope';

type Values = Omit<StandardRequest, 'version'>;

const CODE = /^[A-Z][A-Z0-9_]*$/;

function toValues(s: Standard): Values {
  return {
    seq: s.seq,
    code: s.code,
    name: s.name,
    description: s.description ?? undefined,
    maxPoints: s.maxPoints,
    indicators: s.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      description: i.description ?? undefined,
      maxPoints: i.maxPoints,
    })),
  };
}

/**
 * Adds a standard (no `standard`, placed at `nextSeq`) or edits one with its indicators as a whole;
 * a 409 (scoring started, closed, code taken) is shown above the form.
 */
export function StandardDrawer({
  campaignId,
  standard,
  nextSeq = 1,
  onClose,
}: {
  campaignId: number;
  standard?: Standard | null;
  nextSeq?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateStandard(campaignId);
  const update = useUpdateStandard(campaignId);
  const [reloadedVersion, setReloadedVersion] = useState<number | undefined>();
  const { save, alert } = useSaveForm(form, {
    staleText: t('campaigns.standard.stale'),
    reload: async () => {
      if (!standard?.id) return;
      const fresh = await getStandard(campaignId, standard.id);
      form.setFieldsValue(toValues(fresh));
      setReloadedVersion(fresh.version);
    },
  });
  const editing = Boolean(standard?.id);
  const indicators = (Form.useWatch('indicators', form) as Values['indicators'] | undefined) ?? [];
  const maxPoints = (Form.useWatch('maxPoints', form) as number | undefined) ?? 0;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Form.List row just added is undefined until filled
  const sum = indicators.reduce((acc, i) => acc + (Number(i?.maxPoints) || 0), 0);
  const required = { required: true, message: t('errors.validation.required') };
  const codeRules = [required, { pattern: CODE, message: t('campaigns.codeRule') }];

  const onFinish = (v: Values) =>
    save(async () => {
      if (standard?.id) await update.mutateAsync({ id: standard.id, body: { ...v, version: reloadedVersion ?? standard.version } });
      else await create.mutateAsync(v);
      void message.success(t('campaigns.standard.saved'));
      onClose();
    });

  return (
    <FormDrawer
      title={standard ? t('campaigns.standard.editTitle', { name: standard.name }) : t('campaigns.standard.createTitle')}
      width={720}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          standard
            ? toValues(standard)
            : { seq: nextSeq, code: '', name: '', maxPoints: 10, indicators: [{ code: '', name: '', maxPoints: 10 }] }
        }
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="seq" hidden>
          <InputNumber />
        </Form.Item>
        <Form.Item name="code" label={t('campaigns.standard.code')} extra={t('campaigns.codeHint')} rules={codeRules} hidden={editing}>
          <Input maxLength={32} autoCapitalize="characters" autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('campaigns.standard.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.standard.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="maxPoints" label={t('campaigns.standard.maxPoints')} rules={[required]}>
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
                  <Form.Item
                    name={[field.name, 'code']}
                    label={t('campaigns.standard.indicatorCode')}
                    style={{ flex: '1 1 110px', margin: 0 }}
                    rules={codeRules}
                  >
                    <Input maxLength={32} autoCapitalize="characters" autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('campaigns.standard.indicatorName')}
                    style={{ flex: '3 1 240px', margin: 0 }}
                    rules={[{ ...required, whitespace: true }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1 }} maxLength={200} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'maxPoints']}
                    label={t('campaigns.standard.indicatorPoints')}
                    style={{ flex: '1 1 90px', margin: 0 }}
                    rules={[required]}
                  >
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
    </FormDrawer>
  );
}
