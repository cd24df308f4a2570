import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEADING_GROUP_ROLES, type LeadingGroupMember } from '../api/get-leading-group';

export type LeadingGroupValues = { members: LeadingGroupMember[] };

/** Counts the 组长 in a list; the group needs exactly one (or no members at all). */
export function leaderCount(members: (Partial<LeadingGroupMember> | undefined)[]): number {
  return members.filter((m) => m?.role === 'LEADER').length;
}

/** The whole member list, one card per member; the list must have exactly one 组长. */
export function LeadingGroupForm({
  form,
  initialValues,
  onFinish,
}: {
  form: ReturnType<typeof Form.useForm<LeadingGroupValues>>[0];
  initialValues: LeadingGroupValues;
  onFinish: (values: LeadingGroupValues) => void;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('errors.validation.required') }];
  return (
    <Form<LeadingGroupValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
      <Form.List
        name="members"
        rules={[
          {
            validator: async (_, members: LeadingGroupMember[] = []) => {
              const count = leaderCount(members);
              if (members.length > 0 && count !== 1) throw new Error(t('campaigns.group.oneLeader', { count }));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`${index + 1}`}
                extra={
                  <Button icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} style={{ minHeight: 44 }}>
                    {t('campaigns.group.remove')}
                  </Button>
                }
              >
                <Form.Item name={[field.name, 'name']} label={t('campaigns.group.name')} rules={required}>
                  <Input maxLength={50} autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'role']}
                  label={t('campaigns.group.role')}
                  rules={[{ required: true, message: t('errors.validation.required') }]}
                >
                  <Select options={LEADING_GROUP_ROLES.map((r) => ({ value: r, label: t(`campaigns.group.roles.${r}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'position']} label={t('campaigns.group.position')}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']} label={t('campaigns.group.phone')}>
                  <Input maxLength={20} inputMode="tel" />
                </Form.Item>
                <Form.Item name={[field.name, 'responsibility']} label={t('campaigns.group.responsibility')} style={{ marginBottom: 0 }}>
                  <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
                </Form.Item>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', role: fields.length === 0 ? 'LEADER' : 'MEMBER' })}>
              {t('campaigns.group.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
