import { Form, Skeleton } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '@/components/form-drawer';
import { useDefaultOrganisation } from '@/features/organisations/api/get-my-organisation';
import { organisationChoice, type OrganisationRef } from '@/features/organisations/api/get-organisations';
import { useRecordToEdit } from '@/hooks/use-record-to-edit';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateBranch, type BranchRequest } from '../api/create-branch';
import { getBranch, getBranchQueryOptions } from '../api/get-branch';
import { branchKeys, type Branch } from '../api/get-branches';
import { useUpdateBranch } from '../api/update-branch';
import { BranchForm, type BranchFormValues } from './branch-form';
import { useApp } from '@/components/antd-scope';

const FIELD_OF_CODE = { BRANCH_CODE_TAKEN: 'code', BRANCH_NAME_TAKEN: 'name' };

function toValues(b: Branch): BranchFormValues {
  return {
    code: b.code,
    name: b.name,
    kind: b.kind,
    workUnit: b.workUnit ?? undefined,
    establishedOn: b.establishedOn ? dayjs(b.establishedOn) : null,
    memberCount: b.memberCount,
    chairName: b.chairName ?? undefined,
    contactPhone: b.contactPhone ?? undefined,
    contactEmail: b.contactEmail ?? undefined,
    liaisonPartyOrg: b.liaisonPartyOrg ?? undefined,
    address: b.address ?? undefined,
    organisation: organisationChoice(b.organisation),
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
    // Left out, a new branch goes to the user's own organisation.
    organisationId: v.organisation?.value,
    version,
  };
}

/**
 * Create a branch (no `branch`) or edit one; server field errors land on the fields. A new branch goes to
 * `organisation` when given, else to the user's own organisation; choosing another moves an existing branch.
 */
export function BranchFormDrawer({
  open,
  branch,
  organisation,
  onClose,
  onSaved,
}: {
  open: boolean;
  branch?: Branch | null;
  organisation?: OrganisationRef;
  onClose: () => void;
  onSaved?: (branch: Branch) => void;
}) {
  const { t } = useTranslation();
  const { message } = useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BranchFormValues>();
  // The version after a reload; until then the one read with the branch.
  const [reloadedVersion, setReloadedVersion] = useState<number | undefined>();
  const editing = Boolean(branch?.id);
  // A list shows the contact phone and e-mail masked: the form edits the branch as read on its own.
  const fresh = useRecordToEdit(branchKeys.detail(branch?.id ?? 0), branch?.id, open && editing, getBranch);
  const version = reloadedVersion ?? fresh?.version;
  const create = useCreateBranch();
  const update = useUpdateBranch();
  const placeFor = useDefaultOrganisation(organisation, open && !editing);
  // A new branch shows where it goes, also when that is known only after the form opened.
  useEffect(() => {
    if (open && !editing && placeFor && !form.getFieldValue('organisation'))
      form.setFieldValue('organisation', organisationChoice(placeFor));
  }, [open, editing, placeFor, form]);
  const { save, clear, alert } = useSaveForm(form, {
    fieldOfCode: FIELD_OF_CODE,
    staleText: t('branches.stale'),
    reload: async () => {
      if (!branch?.id) return;
      const fresh = await queryClient.fetchQuery({ ...getBranchQueryOptions(branch.id), staleTime: 0 });
      form.setFieldsValue(toValues(fresh));
      setReloadedVersion(fresh.version);
    },
  });

  const close = () => {
    setReloadedVersion(undefined);
    clear();
    onClose();
  };

  const onFinish = (values: BranchFormValues) =>
    save(async () => {
      const saved = editing
        ? await update.mutateAsync({ id: branch?.id ?? 0, body: toRequest(values, version) })
        : await create.mutateAsync(toRequest(values));
      void message.success(editing ? t('branches.saved') : t('branches.created', { name: saved.name }));
      onSaved?.(saved);
      close();
    });

  return (
    <FormDrawer
      open={open}
      onClose={close}
      title={editing ? t('branches.editTitle') : t('branches.createTitle')}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending || (editing && !fresh)}
      {...alert}
    >
      {editing && !fresh ? (
        <Skeleton active />
      ) : (
        <BranchForm form={form} initialValues={fresh ? toValues(fresh) : { kind: 'BRANCH' }} onFinish={(v) => void onFinish(v)} />
      )}
    </FormDrawer>
  );
}
