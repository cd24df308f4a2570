import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTIONS, OUTCOMES, type AuditFilterValues } from './use-audit-params';

type FormValues = {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  outcome?: number;
  range?: [Dayjs | null, Dayjs | null] | null;
};

/** Actor, action, entity, outcome and time range; applied together with one button. */
export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (v: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const initial: FormValues = {
    actor: value.actor,
    action: value.action,
    entityType: value.entityType,
    entityId: value.entityId,
    outcome: value.outcome,
    range: value.from || value.to ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null] : null,
  };
  const apply = (v: FormValues) =>
    onChange({
      actor: v.actor?.trim() ?? '',
      action: v.action || undefined,
      entityType: v.entityType?.trim() ?? '',
      entityId: v.entityId?.trim() ?? '',
      outcome: v.outcome || undefined,
      from: v.range?.[0]?.startOf('day').toISOString(),
      to: v.range?.[1]?.add(1, 'day').startOf('day').toISOString(),
    });
  const width = { flex: '1 1 160px', minWidth: 0, marginBottom: 0 };

  return (
    <Form<FormValues> form={form} initialValues={initial} onFinish={apply} role="search" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8}>
        <Form.Item name="actor" style={width}>
          <Input aria-label={t('audit.actor')} placeholder={t('audit.actor')} allowClear maxLength={100} />
        </Form.Item>
        <Form.Item name="action" style={width}>
          <Select
            aria-label={t('audit.action')}
            placeholder={t('audit.action')}
            allowClear
            options={ACTIONS.map((a) => ({ value: a, label: t(`audit.actionName.${a}`) }))}
          />
        </Form.Item>
        <Form.Item name="entityType" style={width}>
          <Input aria-label={t('audit.entityType')} placeholder={t('audit.entityType')} allowClear maxLength={60} />
        </Form.Item>
        <Form.Item name="entityId" style={{ ...width, flex: '1 1 110px' }}>
          <Input aria-label={t('audit.entityId')} placeholder={t('audit.entityId')} allowClear maxLength={60} />
        </Form.Item>
        <Form.Item name="outcome" style={{ ...width, flex: '1 1 120px' }}>
          <Select
            aria-label={t('audit.outcome')}
            placeholder={t('audit.outcome')}
            allowClear
            options={OUTCOMES.map((o) => ({ value: o, label: String(o) }))}
          />
        </Form.Item>
        <Form.Item name="range" style={{ ...width, flex: '2 1 260px' }}>
          <DatePicker.RangePicker aria-label={t('audit.range')} style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t('audit.apply')}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ actor: '', action: undefined, entityType: '', entityId: '', outcome: undefined, range: null });
              onChange({ actor: '', entityType: '', entityId: '' });
            }}
          >
            {t('audit.reset')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
