import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Typography, type FormListFieldData, type FormListOperation } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, type FieldDefinition, type FieldType } from '../api/get-deliverable-types';

export const MAX_FIELDS = 30;
const KEY = /^[a-z][a-zA-Z0-9]*$/;
const TEXT_TYPES: FieldType[] = ['TEXT', 'TEXTAREA'];
const TALL = { minWidth: 44, minHeight: 44 };

/** Only text fields carry a length limit; the others drop it. */
export function hasMaxLength(type: FieldType | undefined): boolean {
  return type !== undefined && TEXT_TYPES.includes(type);
}

/** The first key of the form fieldN that no field uses yet. */
export function nextFieldKey(fields: Pick<FieldDefinition, 'key'>[]): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a Form.List row just added is undefined until filled
  const taken = new Set(fields.map((f) => f?.key));
  let n = fields.length + 1;
  while (taken.has(`field${n}`)) n += 1;
  return `field${n}`;
}

function FieldRow({
  field,
  index,
  count,
  move,
  remove,
}: {
  field: FormListFieldData;
  index: number;
  count: number;
  move: FormListOperation['move'];
  remove: FormListOperation['remove'];
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const type = Form.useWatch(['fields', field.name, 'type'], form) as FieldType | undefined;
  const required = { required: true, message: t('errors.validation.required') };
  const legend = t('campaigns.field.legend', { n: index + 1 });
  return (
    <fieldset
      aria-label={legend}
      data-testid="field-definition"
      style={{ border: '1px solid #d9dde3', borderRadius: 8, padding: '8px 12px 12px', margin: 0, minWidth: 0 }}
    >
      <legend style={{ fontSize: '1em', width: 'auto', padding: '0 4px', margin: 0, border: 0 }}>{legend}</legend>
      <Flex wrap gap={8} align="flex-start">
        <Form.Item
          name={[field.name, 'label']}
          label={t('campaigns.field.label')}
          style={{ flex: '2 1 180px', margin: 0 }}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name={[field.name, 'key']}
          label={t('campaigns.field.key')}
          style={{ flex: '1 1 150px', margin: 0 }}
          rules={[
            required,
            { pattern: KEY, message: t('campaigns.field.keyRule') },
            ({ getFieldValue }) => ({
              validator(_, value: string | undefined) {
                const keys = ((getFieldValue('fields') ?? []) as (FieldDefinition | undefined)[]).map((f) => f?.key);
                return value && keys.filter((k) => k === value).length > 1
                  ? Promise.reject(new Error(t('campaigns.field.keyTaken')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input maxLength={40} autoCapitalize="none" autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Flex>
      <Flex wrap gap={8} align="flex-start" style={{ marginTop: 8 }}>
        <Form.Item
          name={[field.name, 'type']}
          label={t('campaigns.field.type')}
          style={{ flex: '1 1 140px', margin: 0 }}
          rules={[required]}
        >
          <Select options={FIELD_TYPES.map((v) => ({ value: v, label: t(`campaigns.field.types.${v}`) }))} />
        </Form.Item>
        {hasMaxLength(type) && (
          <Form.Item name={[field.name, 'maxLength']} label={t('campaigns.field.maxLength')} style={{ flex: '1 1 120px', margin: 0 }}>
            <InputNumber min={1} max={20000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name={[field.name, 'required']} valuePropName="checked" style={{ flex: '0 0 auto', margin: '30px 0 0' }}>
          <Checkbox style={{ minHeight: 44, alignItems: 'center' }}>{t('campaigns.field.required')}</Checkbox>
        </Form.Item>
        <Flex gap={4} style={{ marginTop: 30, marginLeft: 'auto' }}>
          <Button
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={`${t('campaigns.field.up')} ${index + 1}`}
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
            style={TALL}
          />
          <Button
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={`${t('campaigns.field.down')} ${index + 1}`}
            disabled={index === count - 1}
            onClick={() => move(index, index + 1)}
            style={TALL}
          />
          <Button
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={`${t('campaigns.field.remove')} ${index + 1}`}
            onClick={() => remove(field.name)}
            style={TALL}
          />
        </Flex>
      </Flex>
    </fieldset>
  );
}

/** The structured fields a branch fills in for a deliverable type, under the form's `fields` list, in order. */
export function FieldDefinitionsEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List
      name="fields"
      rules={[
        {
          validator: async (_, fields: unknown[] | undefined) => {
            if ((fields?.length ?? 0) > MAX_FIELDS) throw new Error(t('campaigns.field.tooMany', { max: MAX_FIELDS }));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 && <Typography.Text type="secondary">{t('campaigns.field.none')}</Typography.Text>}
          {fields.map((field, index) => (
            <FieldRow key={field.key} field={field} index={index} count={fields.length} move={move} remove={remove} />
          ))}
          <Form.ErrorList errors={errors} />
          <div>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= MAX_FIELDS}
              onClick={() =>
                add({
                  key: nextFieldKey((form.getFieldValue('fields') ?? []) as FieldDefinition[]),
                  label: '',
                  type: 'TEXT',
                  required: false,
                })
              }
            >
              {t('campaigns.field.add')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
