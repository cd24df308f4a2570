import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The fields of an objection (异议) received during a public notice (公示), wherever a notice runs (a commendation
 * list, a level's recommendations): anonymous or by name, and what it says. `anonymous` is the form's current choice.
 */
export function ObjectionFields({ anonymous }: { anonymous: boolean }) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('errors.validation.required') };
  return (
    <>
      <Form.Item name="anonymous" valuePropName="checked">
        <Checkbox>{t('commendation.objections.anonymous')}</Checkbox>
      </Form.Item>
      {!anonymous && (
        <Form.Item name="raisedBy" label={t('commendation.objections.raisedBy')} rules={[required]}>
          <Input maxLength={100} />
        </Form.Item>
      )}
      <Form.Item name="content" label={t('commendation.objections.content')} rules={[required]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
      </Form.Item>
    </>
  );
}

/** How an objection was looked into and what came of it. */
export function ObjectionResolutionFields() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('errors.validation.required') };
  return (
    <>
      <Form.Item name="handling" label={t('commendation.objections.handling')} rules={[required]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} />
      </Form.Item>
      <Form.Item name="outcome" label={t('commendation.objections.outcome')} rules={[required]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={10000} />
      </Form.Item>
    </>
  );
}
