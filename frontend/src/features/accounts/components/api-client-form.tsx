import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useSaveForm } from '@/hooks/use-save-form';
import { SCOPES, useCreateApiClient, type ApiClientCredentials, type ApiClientRequest } from '../api/create-api-client';
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
  const [form] = Form.useForm<ApiClientRequest>();
  const scopes = (Form.useWatch('scopes', form) as ApiClientRequest['scopes'] | undefined) ?? [];
  const create = useCreateApiClient();
  const { save, clear, alert } = useSaveForm(form);
  const writes = scopes.includes('deliverables:write');

  const close = () => {
    clear();
    onClose();
  };

  const onFinish = (v: ApiClientRequest) =>
    save(async () => {
      const credentials = await create.mutateAsync({
        name: v.name.trim(),
        scopes: v.scopes,
        branchId: v.scopes.includes('deliverables:write') ? (v.branchId ?? null) : null,
      });
      close();
      onCreated(credentials);
    });

  return (
    <FormDrawer
      open={open}
      onClose={close}
      title={t('apiClients.createTitle')}
      width={480}
      onSave={() => form.submit()}
      saving={create.isPending}
      saveText={t('apiClients.create')}
      {...alert}
    >
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
    </FormDrawer>
  );
}
