import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApp } from '@/components/antd-scope';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateMember, type MemberRequest } from '../api/create-member';
import { MEMBER_ROLES, type Member, type MemberRole } from '../api/get-members';
import { useUpdateMember } from '../api/update-member';

type Values = { name: string; role: MemberRole; joinedOn?: string; leftOn?: string };

/** Adds a member, or changes one (with the day they left, when they leave). */
export function MemberFormDrawer({ branchId, member, onClose }: { branchId: number; member?: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateMember(branchId);
  const update = useUpdateMember(branchId);
  const { save, alert } = useSaveForm(form);
  const onFinish = (v: Values) =>
    save(async () => {
      const body: MemberRequest = {
        name: v.name.trim(),
        role: v.role,
        joinedOn: v.joinedOn || undefined,
        leftOn: v.leftOn || undefined,
        version: member?.version,
      };
      if (member) await update.mutateAsync({ id: member.id, body });
      else await create.mutateAsync(body);
      void message.success(member ? t('members.saved') : t('members.added'));
      onClose();
    });
  return (
    <FormDrawer
      title={member ? `${t('members.edit')} ${member.name}` : t('members.add')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          member
            ? { name: member.name, role: member.role, joinedOn: member.joinedOn ?? '', leftOn: member.leftOn ?? '' }
            : { role: 'MEMBER' }
        }
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="name"
          label={t('members.name')}
          rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
        >
          <Input maxLength={50} autoComplete="off" style={{ minHeight: 44 }} />
        </Form.Item>
        <Form.Item name="role" label={t('members.role')} rules={[{ required: true, message: t('errors.validation.required') }]}>
          <Select options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`members.roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('members.joinedOn')}>
          <Input type="date" style={{ minHeight: 44 }} />
        </Form.Item>
        {member && (
          <Form.Item name="leftOn" label={t('members.leftOn')} extra={t('members.leftOnHint')}>
            <Input type="date" style={{ minHeight: 44 }} />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
