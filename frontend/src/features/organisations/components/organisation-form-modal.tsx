import { Form, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateOrganisation } from '../api/create-organisation';
import { getOrganisationQueryOptions, type OrganisationDetail } from '../api/get-organisation';
import type { Organisation, OrganisationLevel, OrganisationRef } from '../api/get-organisations';
import { useUpdateOrganisation } from '../api/update-organisation';
import { levelsBelow } from './levels';
import { useApp } from '@/components/antd-scope';

type Values = { name: string; code: string; level: OrganisationLevel };

const FIELD_OF_CODE = { ORGANISATION_CODE_TAKEN: 'code', ORGANISATION_NAME_TAKEN: 'name' };

const toValues = (o: Organisation): Values => ({ name: o.name, code: o.code, level: o.level });

type Props = {
  /** The organisation a new one goes under, or the parent of the one edited (unknown for the user's own). */
  parent?: OrganisationRef;
  /** The organisation edited; without it a new one is created under `parent`. */
  organisation?: Organisation;
  onClose: () => void;
  onSaved?: (saved: OrganisationDetail) => void;
};

/** Add an organisation under another, or edit one: name, code and a level below its parent's. */
export function OrganisationFormModal({ parent, organisation, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [reloadedVersion, setReloadedVersion] = useState<number | undefined>();
  const version = reloadedVersion ?? organisation?.version;
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const levels = levelsBelow(parent?.level);
  const { save, alert } = useSaveForm(form, {
    fieldOfCode: FIELD_OF_CODE,
    staleText: t('organisations.stale'),
    reload: async () => {
      if (!organisation) return;
      const fresh = await queryClient.fetchQuery({ ...getOrganisationQueryOptions(organisation.id), staleTime: 0 });
      form.setFieldsValue(toValues(fresh.organisation));
      setReloadedVersion(fresh.organisation.version);
    },
  });
  const max = (n: number) => ({ max: n, message: t('organisations.rule.tooLong', { max: n }) });

  const onFinish = (v: Values) =>
    save(async () => {
      const body = { name: v.name.trim(), code: v.code.trim(), level: v.level };
      const saved = organisation
        ? await update.mutateAsync({ id: organisation.id, body: { ...body, version } })
        : await create.mutateAsync({ ...body, parentId: parent?.id ?? 0 });
      void message.success(organisation ? t('organisations.saved') : t('organisations.created', { name: saved.organisation.name }));
      onSaved?.(saved);
      onClose();
    });

  return (
    <FormModal
      title={organisation ? t('organisations.editTitle') : t('organisations.createTitle', { parent: parent?.name ?? '' })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending || update.isPending}
      saveText={organisation ? undefined : t('common.create')}
      {...alert}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={organisation ? toValues(organisation) : { level: levels[0] }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="name"
          label={t('organisations.field.name')}
          rules={[{ required: true, whitespace: true, message: t('organisations.rule.nameRequired') }, max(100)]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('organisations.field.code')}
          rules={[
            { required: true, whitespace: true, message: t('organisations.rule.codeRequired') },
            { pattern: /^[A-Za-z0-9_-]+$/, message: t('organisations.rule.codePattern') },
            max(32),
          ]}
        >
          <Input autoCapitalize="characters" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="level"
          label={t('organisations.field.level')}
          rules={[{ required: true, message: t('organisations.rule.levelRequired') }]}
        >
          <Select options={levels.map((l) => ({ value: l, label: t(`organisations.level.${l}`) }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
