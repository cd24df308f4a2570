import { Alert, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '@/hooks/use-is-phone';
import { applyFieldErrors, problemMessage } from '@/lib/problem';
import { SCOPES, useCreateApiClient, type ApiClientCredentials, type ApiClientRequest } from '../api/api-clients';
import type { BranchOption } from '../api/get-branch-options';

/** Registers a client with its scopes; the branch is asked for only with deliverables:write. */
export function ApiClientForm({
  open,
  branches,
  onClose,
  onCreated,
}: {
  open: boolean;
  branches: BranchOption[];
  onClose: () => void;
  onCreated: (credentials: ApiClientCredentials) => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [form] = Form.useForm<ApiClientRequest>();
  const scopes = Form.useWatch('scopes', form) ?? [];
  const create = useCreateApiClient();
  const [problem, setProblem] = useState<string | null>(null);
  const writes = scopes.includes('deliverables:write');

  const close = () => {
    setProblem(null);
    onClose();
  };

  const onFinish = async (v: ApiClientRequest) => {
    setProblem(null);
    try {
      const credentials = await create.mutateAsync({
        name: v.name.trim(),
        scopes: v.scopes,
        branchId: v.scopes.includes('deliverables:write') ? (v.branchId ?? null) : null,
      });
      close();
      onCreated(credentials);
    } catch (error) {
      const { applied } = applyFieldErrors(form, error, t);
      if (applied === 0) setProblem(problemMessage(error, t));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('apiClients.createTitle')}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? 'large' : 'default'}
      styles={phone ? { wrapper: { height: '80vh' } } : { wrapper: { width: 480, maxWidth: '100vw' } }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} loading={create.isPending}>
            {t('apiClients.create')}
          </Button>
        </Flex>
      }
    >
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <Form<ApiClientRequest>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ scopes: ['read'] }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="name"
          label={t('apiClients.name')}
          rules={[{ required: true, whitespace: true, message: t('apiClients.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('apiClients.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiClients.scopesRequired') }]}
        >
          <Select mode="multiple" options={SCOPES.map((s) => ({ value: s, label: `${t(`apiClients.scope.${s}`)}（${s}）` }))} />
        </Form.Item>
        {writes && (
          <Form.Item
            name="branchId"
            label={t('apiClients.branch')}
            extra={t('apiClients.branchHint')}
            rules={[{ required: true, message: t('apiClients.branchHint') }]}
          >
            <Select options={branches} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
