import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../api/get-deliverable-types';

export type FieldValues = Record<string, string | number | string[] | null | undefined>;

// Phones get their own date and number keyboards; every control is at least 44 px high.
const TALL = { minHeight: 44 };

/** The stored values as form values (numbers as text for the input, lists as arrays). */
export function toFieldValues(fields: FieldDefinition[], stored: Record<string, unknown> | undefined): FieldValues {
  const out: FieldValues = {};
  for (const f of fields) {
    const v = stored?.[f.key];
    if (f.type === 'LIST') out[f.key] = Array.isArray(v) ? v.map(String) : [];
    else out[f.key] = (v as string | number | undefined) ?? undefined;
  }
  return out;
}

/** Form values back to what the API stores; empty values are left out. */
export function fromFieldValues(fields: FieldDefinition[], values: FieldValues | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values?.[f.key];
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (f.type === 'NUMBER') out[f.key] = Number(v);
    else if (typeof v === 'string') out[f.key] = v.trim();
    else out[f.key] = v;
  }
  return out;
}

/** One form field per FieldDefinition of the deliverable type, under the form's `fields` name. */
export function DeliverableFields({ fields }: { fields: FieldDefinition[] }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => {
        const rules = f.required ? [{ required: true, message: t('errors.validation.required') }] : [];
        let control;
        switch (f.type) {
          case 'TEXTAREA':
            control = <Input.TextArea autoSize={{ minRows: 3 }} maxLength={f.maxLength ?? undefined} />;
            break;
          case 'DATE':
            control = <Input type="date" style={TALL} />;
            break;
          case 'NUMBER':
            control = <Input type="number" inputMode="numeric" min={0} style={TALL} />;
            break;
          case 'LIST':
            control = <Select mode="tags" open={false} suffixIcon={null} placeholder={t('deliverables.listHint')} style={TALL} />;
            break;
          default:
            control = <Input maxLength={f.maxLength ?? undefined} style={TALL} />;
        }
        return (
          <Form.Item key={f.key} name={['fields', f.key]} label={f.label} rules={rules}>
            {control}
          </Form.Item>
        );
      })}
    </>
  );
}
