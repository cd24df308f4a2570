import { Alert, App, Button, Drawer, Flex, Form } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '@/hooks/use-is-phone';
import { ApiError, applyFieldErrors, problemMessage } from '@/lib/problem';
import { useCreateBranch, type BranchRequest } from '../api/create-branch';
import { getBranchQueryOptions } from '../api/get-branch';
import type { Branch } from '../api/get-branches';
import { useUpdateBranch } from '../api/update-branch';
import { BranchForm, type BranchFormValues } from './branch-form';

const FIELD_OF_CODE = { BRANCH_CODE_TAKEN: 'code', BRANCH_NAME_TAKEN: 'name' };

function toValues(b: Branch): BranchFormValues {
  return {
    code: b.code ?? '',
    name: b.name ?? '',
    kind: b.kind ?? 'BRANCH',
    workUnit: b.workUnit,
    establishedOn: b.establishedOn ? dayjs(b.establishedOn) : null,
    memberCount: b.memberCount ?? null,
    chairName: b.chairName,
    contactPhone: b.contactPhone,
    contactEmail: b.contactEmail,
    liaisonPartyOrg: b.liaisonPartyOrg,
    address: b.address,
  };
}

function toRequest(v: BranchFormValues, version?: number): BranchRequest {
  const text = (s?: string) => (s?.trim() ? s.trim() : undefined);
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    kind: v.kind,
    workUnit: text(v.workUnit),
    establishedOn: v.establishedOn ? v.establishedOn.format('YYYY-MM-DD') : undefined,
    memberCount: v.memberCount ?? undefined,
    chairName: text(v.chairName),
    contactPhone: text(v.contactPhone),
    contactEmail: text(v.contactEmail),
    liaisonPartyOrg: text(v.liaisonPartyOrg),
    address: text(v.address),
    version,
  };
}

/** Create a branch (no `branch`) or edit one; server field errors land on the fields. */
export function BranchFormDrawer({
  open,
  branch,
  onClose,
  onSaved,
}: {
  open: boolean;
  branch?: Branch | null;
  onClose: () => void;
  onSaved?: (branch: Branch) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BranchFormValues>();
  // The version after a reload; until then the one read with the branch.
  const [reloadedVersion, setReloadedVersion] = useState<number | undefined>();
  const version = reloadedVersion ?? branch?.version;
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const create = useCreateBranch();
  const update = useUpdateBranch();
  const editing = Boolean(branch?.id);

  const close = () => {
    setReloadedVersion(undefined);
    setProblem(null);
    setStale(false);
    onClose();
  };

  const onFinish = async (values: BranchFormValues) => {
    setProblem(null);
    setStale(false);
    try {
      const saved = editing
        ? await update.mutateAsync({ id: branch?.id ?? 0, body: toRequest(values, version) })
        : await create.mutateAsync(toRequest(values));
      void message.success(editing ? t('branches.saved') : t('branches.created', { name: saved.name }));
      onSaved?.(saved);
      close();
    } catch (error) {
      if (error instanceof ApiError && error.isStaleVersion) {
        setStale(true);
        return;
      }
      const { applied, unmatched } = applyFieldErrors(form, error, t, FIELD_OF_CODE);
      if (applied === 0) setProblem(problemMessage(error, t));
      else if (unmatched.length) setProblem(t('errors.unmatched', { detail: unmatched.join('；') }));
    }
  };

  const reload = async () => {
    if (!branch?.id) return;
    const fresh = await queryClient.fetchQuery({ ...getBranchQueryOptions(branch.id), staleTime: 0 });
    form.setFieldsValue(toValues(fresh));
    setReloadedVersion(fresh.version);
    setStale(false);
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      title={editing ? t('branches.editTitle') : t('branches.createTitle')}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? 'large' : 'default'}
      styles={phone ? { wrapper: { height: '92vh' } } : { wrapper: { width: 560, maxWidth: '100vw' } }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('branches.stale')}
          action={<Button onClick={() => void reload()}>{t('common.reload')}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
      <BranchForm
        form={form}
        initialValues={branch ? toValues(branch) : { kind: 'BRANCH' }}
        onFinish={(v) => void onFinish(v)}
      />
    </Drawer>
  );
}
