import { Col, DatePicker, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOrganisationSelect, type OrganisationChoice } from '@/features/organisations/api/get-organisations';
import { BRANCH_KINDS, type BranchKind } from '../api/get-branches';

export type BranchFormValues = {
  code: string;
  name: string;
  kind: BranchKind;
  workUnit?: string;
  establishedOn?: Dayjs | null;
  memberCount?: number | null;
  chairName?: string;
  contactPhone?: string;
  contactEmail?: string;
  liaisonPartyOrg?: string;
  address?: string;
  organisation?: OrganisationChoice;
};

/** The fields of a branch, with the same limits the server checks. */
export function BranchForm({
  form,
  initialValues,
  onFinish,
}: {
  form: FormInstance<BranchFormValues>;
  initialValues: Partial<BranchFormValues>;
  onFinish: (values: BranchFormValues) => void;
}) {
  const { t } = useTranslation();
  const max = (n: number) => ({ max: n, message: t('branches.rule.tooLong', { max: n }) });
  const half = { xs: 24, sm: 12 };
  const organisations = useOrganisationSelect();
  return (
    <Form<BranchFormValues> form={form} initialValues={initialValues} layout="vertical" onFinish={onFinish} scrollToFirstError>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            name="code"
            label={t('branches.field.code')}
            rules={[
              { required: true, whitespace: true, message: t('branches.rule.codeRequired') },
              { pattern: /^[A-Za-z0-9_-]+$/, message: t('branches.rule.codePattern') },
              max(32),
            ]}
          >
            <Input autoCapitalize="characters" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="kind" label={t('branches.field.kind')} rules={[{ required: true, message: t('branches.rule.kindRequired') }]}>
            <Select options={BRANCH_KINDS.map((k) => ({ value: k, label: t(`branches.kind.${k}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="name"
        label={t('branches.field.name')}
        rules={[{ required: true, whitespace: true, message: t('branches.rule.nameRequired') }, max(100)]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="organisation" label={t('organisations.belongsTo')}>
        <Select {...organisations} placeholder={t('organisations.ownDefault')} />
      </Form.Item>
      <Form.Item name="workUnit" label={t('branches.field.workUnit')} rules={[max(200)]}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="establishedOn" label={t('branches.field.establishedOn')}>
            <DatePicker style={{ width: '100%' }} inputReadOnly />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="memberCount" label={t('branches.field.memberCount')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="chairName" label={t('branches.field.chairName')} rules={[max(50)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="contactPhone"
            label={t('branches.field.contactPhone')}
            rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('branches.rule.phonePattern') }]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="contactEmail"
        label={t('branches.field.contactEmail')}
        rules={[{ type: 'email', message: t('branches.rule.email') }, max(100)]}
      >
        <Input inputMode="email" />
      </Form.Item>
      <Form.Item name="liaisonPartyOrg" label={t('branches.field.liaisonPartyOrg')} rules={[max(200)]}>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t('branches.field.address')} rules={[max(200)]}>
        <Input />
      </Form.Item>
    </Form>
  );
}
