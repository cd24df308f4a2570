import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import { useApproveList } from '../api/approve-list';
import type { CommendationList } from '../api/keys';
import { committeeToday } from './list-rules';
import { useApp } from '@/components/antd-scope';

type Values = { resolutionNumber: string; resolutionDate: Dayjs | null };

/** Approves the list under the committee's resolution, e.g. 民进吕梁市委〔2010〕12号 of a given date. */
export function ApproveModal({ list, onClose }: { list: CommendationList; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const approve = useApproveList(list.id);
  const { save, alert } = useSaveForm(form);

  const onFinish = (v: Values) =>
    save(async () => {
      await approve.mutateAsync({
        resolutionNumber: v.resolutionNumber.trim(),
        resolutionDate: v.resolutionDate?.format('YYYY-MM-DD') ?? '',
        version: list.version,
      });
      void message.success(t('commendation.approve.approved'));
      onClose();
    });

  return (
    <FormModal
      title={t('commendation.approve.title')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={approve.isPending}
      saveText={t('commendation.approve.action')}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ resolutionNumber: '', resolutionDate: dayjs(committeeToday()) }}
      >
        <Form.Item
          name="resolutionNumber"
          label={t('commendation.approve.resolutionNumber')}
          extra={t('commendation.approve.resolutionNumberHint')}
          rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="resolutionDate"
          label={t('commendation.approve.resolutionDate')}
          rules={[{ required: true, message: t('errors.validation.required') }]}
        >
          <DatePicker style={{ width: '100%', minHeight: 44 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
