import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import type { CommendationList } from '../api/keys';
import { useOpenNotice } from '../api/open-notice';
import { committeeToday } from './list-rules';
import { useApp } from '@/components/antd-scope';

type Values = { startsOn: Dayjs | null; endsOn: Dayjs | null; text: string };

/** Opens the public notice (公示): its first and last day (both included) and the announcement. */
export function NoticeModal({ list, onClose }: { list: CommendationList; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const open = useOpenNotice(list.id);
  const { save, alert } = useSaveForm(form);
  const today = dayjs(committeeToday());

  const onFinish = (v: Values) =>
    save(async () => {
      await open.mutateAsync({
        startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
        endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
        text: v.text.trim(),
        version: list.version,
      });
      void message.success(t('commendation.notice.opened'));
      onClose();
    });

  const required = { required: true, message: t('errors.validation.required') };
  return (
    <FormModal
      title={t('commendation.notice.title')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={open.isPending}
      saveText={t('commendation.notice.open')}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ startsOn: today, endsOn: today.add(6, 'day'), text: t('commendation.notice.defaultText') }}
      >
        <Form.Item name="startsOn" label={t('commendation.notice.startsOn')} rules={[required]}>
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('commendation.notice.endsOn')}
          dependencies={['startsOn']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null) => {
                const start = getFieldValue('startsOn') as Dayjs | null;
                return value && start && value.isBefore(start, 'day')
                  ? Promise.reject(new Error(t('commendation.notice.endsBeforeStart')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="text" label={t('commendation.notice.text')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={10000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
