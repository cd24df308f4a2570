import { Form, Input, Select, Skeleton } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useDefaultOrganisation } from '@/features/organisations/api/get-my-organisation';
import {
  organisationChoice,
  useOrganisationSelect,
  type OrganisationChoice,
  type OrganisationRef,
} from '@/features/organisations/api/get-organisations';
import { useRecordToEdit } from '@/hooks/use-record-to-edit';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateAccount } from '../api/create-account';
import { getAccount, getAccountQueryOptions } from '../api/get-account';
import { ROLES, accountKeys, type Account, type Role } from '../api/get-accounts';
import type { BranchOption } from '../api/get-branch-options';
import { useUpdateAccount } from '../api/update-account';
import { useApp } from '@/components/antd-scope';

type Values = {
  username: string;
  displayName: string;
  roles: Role[];
  branchId?: number | null;
  organisation?: OrganisationChoice;
  phone?: string;
  email?: string;
  password?: string;
};

const FIELD_OF_CODE = { USERNAME_TAKEN: 'username', OWN_ADMIN_ROLE: 'roles' };

function toValues(a: Account): Values {
  return {
    username: a.username,
    displayName: a.displayName,
    roles: a.roles as Role[],
    branchId: a.branchId ?? null,
    organisation: organisationChoice(a.organisation),
    // A masked phone is not sent back unless it is changed.
    phone: a.phone?.includes('*') ? undefined : (a.phone ?? undefined),
    email: a.email ?? undefined,
  };
}

const text = (s?: string) => (s?.trim() ? s.trim() : undefined);

/**
 * Create an account (no `account`) or edit one. A BRANCH account needs its branch and belongs to the branch's
 * organisation; any other belongs to the organisation chosen: for a new one `organisation` when given, else the
 * user's own.
 */
export function AccountFormDrawer({
  open,
  account,
  branches,
  organisation,
  onClose,
}: {
  open: boolean;
  account: Account | null;
  branches: BranchOption[];
  organisation?: OrganisationRef;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const roles = (Form.useWatch('roles', form) as Values['roles'] | undefined) ?? [];
  const [reloadedVersion, setReloadedVersion] = useState<number | undefined>();
  const editing = Boolean(account?.id);
  // The list shows the phone and e-mail masked: the form edits the account as read on its own.
  const fresh = useRecordToEdit(accountKeys.detail(account?.id ?? 0), account?.id, open && editing, getAccount);
  const version = reloadedVersion ?? fresh?.version;
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const isBranch = roles.includes('BRANCH');
  const organisations = useOrganisationSelect();
  const placeFor = useDefaultOrganisation(organisation, open && !editing);
  // A new account shows where it goes, also when that is known only after the form opened.
  useEffect(() => {
    if (open && !editing && placeFor && !form.getFieldValue('organisation'))
      form.setFieldValue('organisation', organisationChoice(placeFor));
  }, [open, editing, placeFor, form]);
  const { save, clear, alert } = useSaveForm(form, {
    fieldOfCode: FIELD_OF_CODE,
    staleText: t('accounts.stale'),
    reload: async () => {
      if (!account?.id) return;
      const fresh = await queryClient.fetchQuery({ ...getAccountQueryOptions(account.id), staleTime: 0 });
      form.setFieldsValue(toValues(fresh));
      setReloadedVersion(fresh.version);
    },
  });

  const close = () => {
    setReloadedVersion(undefined);
    clear();
    onClose();
  };

  const onFinish = (v: Values) => {
    const common = {
      displayName: v.displayName.trim(),
      roles: v.roles,
      branchId: v.roles.includes('BRANCH') ? (v.branchId ?? null) : null,
      // A branch account goes with its branch; left out, a new account goes to the user's own organisation.
      organisationId: v.roles.includes('BRANCH') ? undefined : v.organisation?.value,
      phone: text(v.phone),
      email: text(v.email),
    };
    return save(async () => {
      const saved = editing
        ? await update.mutateAsync({ id: account?.id ?? 0, body: { ...common, version: version ?? 0 } })
        : await create.mutateAsync({ ...common, username: v.username.trim(), password: v.password ?? '' });
      void message.success(editing ? t('accounts.saved') : t('accounts.created', { name: saved.username }));
      close();
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={close}
      title={editing ? t('accounts.editTitle') : t('accounts.createTitle')}
      width={520}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending || (editing && !fresh)}
      {...alert}
    >
      {editing && !fresh ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={fresh ? toValues(fresh) : { roles: [] }}
          onFinish={(v) => void onFinish(v)}
        >
          <Form.Item
            name="username"
            label={t('accounts.field.username')}
            rules={[
              { required: true, message: t('accounts.rule.usernameRequired') },
              { pattern: /^[A-Za-z0-9._-]{3,50}$/, message: t('accounts.rule.usernamePattern') },
            ]}
          >
            <Input disabled={editing} autoCapitalize="none" autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('accounts.field.displayName')}
            rules={[{ required: true, whitespace: true, message: t('accounts.rule.displayNameRequired') }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="roles"
            label={t('accounts.field.roles')}
            rules={[{ required: true, type: 'array', min: 1, message: t('accounts.rule.rolesRequired') }]}
          >
            <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          {isBranch && (
            <Form.Item
              name="branchId"
              label={t('accounts.field.branch')}
              rules={[{ required: true, message: t('accounts.rule.branchRequired') }]}
            >
              <Select options={branches} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          )}
          {!isBranch && (
            <Form.Item name="organisation" label={t('organisations.belongsTo')}>
              <Select {...organisations} placeholder={t('organisations.ownDefault')} />
            </Form.Item>
          )}
          <Form.Item
            name="phone"
            label={t('accounts.field.phone')}
            extra={editing && fresh?.phone ? fresh.phone : undefined}
            rules={[{ pattern: /^[0-9+ -]*$/, message: t('accounts.rule.phonePattern') }]}
          >
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
          <Form.Item name="email" label={t('accounts.field.email')} rules={[{ type: 'email', message: t('accounts.rule.email') }]}>
            <Input inputMode="email" maxLength={100} />
          </Form.Item>
          {!editing && (
            <Form.Item
              name="password"
              label={t('accounts.field.password')}
              extra={t('password.rule')}
              rules={[{ required: true, message: t('accounts.rule.passwordRequired') }]}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
          )}
        </Form>
      )}
    </FormDrawer>
  );
}
