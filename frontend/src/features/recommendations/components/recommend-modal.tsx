import { Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useDeliverables } from '@/features/campaigns/api/get-deliverables';
import { useAllParticipants } from '@/features/campaigns/api/get-participants';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import { useSaveForm } from '@/hooks/use-save-form';
import { useCreateRecommendation } from '../api/create-recommendation';
import { useRecommendations } from '../api/get-recommendations';
import { RECOMMENDATION_TITLES, type RecommendationRound, type RecommendationTitle } from '../api/keys';
import { useApp } from '@/components/antd-scope';

type Values = {
  title: RecommendationTitle;
  branchId?: number;
  organisationId?: number;
  dossier: string;
  evidence?: number[];
};

type Choice = { value: number; label: string };
type Group = { label: string; title: string; options: Choice[] };

/** Groups of choices, each candidate once (the first group that names it keeps it); empty groups left out. */
function groups(...all: Group[]): Group[] {
  const seen = new Set<number>();
  return all
    .map((g) => ({ ...g, options: g.options.filter((o) => !seen.has(o.value) && seen.add(o.value)) }))
    .filter((g) => g.options.length > 0);
}

/**
 * Recommends a candidate of this level to the campaign above: a branch (先进基层组织) taking part in the campaign, or
 * a local committee right below (先进地方组织); once this level's own notice closed, also the candidates it accepted
 * from below. The dossier (事迹材料) is required; the server's field errors land on the fields, a refusal (no quota,
 * quota used up, deadline passed …) shows in words above the form.
 */
export function RecommendModal({ campaign, round, onClose }: { campaign: Campaign; round: RecommendationRound; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateRecommendation(campaign.id);
  const { save, alert } = useSaveForm(form);
  const title = (Form.useWatch('title', form) as RecommendationTitle | undefined) ?? 'GRASSROOTS';
  const participants = useAllParticipants(campaign.id);
  const children = useOrganisations({ parentId: campaign.organisation.id, size: 100, sort: 'name' }, { enabled: title === 'LOCAL' });
  // Candidates this level accepted from below may be carried up once its own notice closed.
  const carried = useRecommendations(
    campaign.id,
    { direction: 'RECEIVED', status: 'ACCEPTED', size: 100, sort: 'candidateName' },
    { enabled: round.status === 'CLOSED' && !round.top },
  );
  const carriedOf = (kind: RecommendationTitle) => (carried.data?.items ?? []).filter((r) => r.title === kind);
  // A branch commended here links its accepted deliverables as evidence; one carried up keeps the links from below.
  const branchId = Form.useWatch('branchId', form) as number | undefined;
  const carriedUp = carriedOf('GRASSROOTS').some((r) => r.branchId === branchId);
  const linkable = title === 'GRASSROOTS' && branchId != null && !carriedUp;
  const accepted = useDeliverables(campaign.id, { branchId, status: 'ACCEPTED', size: 100, sort: 'title' }, linkable);

  const branchGroups = groups(
    {
      title: 'below',
      label: t('recommendations.recommend.fromBelow'),
      options: carriedOf('GRASSROOTS').flatMap((r) => (r.branchId ? [{ value: r.branchId, label: r.candidateName }] : [])),
    },
    {
      title: 'participants',
      label: t('recommendations.recommend.participants'),
      options: (participants.data ?? []).map((p) => ({ value: p.branchId, label: p.branchName })),
    },
  );
  const organisationGroups = groups(
    {
      title: 'below',
      label: t('recommendations.recommend.fromBelow'),
      options: carriedOf('LOCAL').flatMap((r) =>
        r.candidateOrganisationId ? [{ value: r.candidateOrganisationId, label: r.candidateName }] : [],
      ),
    },
    {
      title: 'children',
      label: t('recommendations.recommend.children'),
      options: (children.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
    },
  );
  const nameOf = (v: Values) =>
    (v.title === 'GRASSROOTS' ? branchGroups : organisationGroups)
      .flatMap((g) => g.options)
      .find((o) => o.value === (v.title === 'GRASSROOTS' ? v.branchId : v.organisationId))?.label ?? '';

  const onFinish = (v: Values) =>
    save(async () => {
      const made = await create.mutateAsync({
        title: v.title,
        branchId: v.title === 'GRASSROOTS' ? v.branchId : undefined,
        organisationId: v.title === 'LOCAL' ? v.organisationId : undefined,
        dossier: v.dossier.trim(),
        evidence: linkable ? (v.evidence ?? []) : undefined,
      });
      void message.success(t('recommendations.recommend.done', { name: made.candidateName || nameOf(v) }));
      onClose();
    });

  const required = { required: true, message: t('errors.validation.required') };
  return (
    <FormModal
      title={t('recommendations.recommend.title')}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending}
      saveText={t('recommendations.recommend.submit')}
      {...alert}
      intro={<Typography.Paragraph type="secondary">{t('recommendations.recommend.hint')}</Typography.Paragraph>}
    >
      <Form<Values>
        form={form}
        name="recommend"
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ title: 'GRASSROOTS', dossier: '' }}
      >
        <Form.Item name="title" label={t('recommendations.recommend.titleField')} rules={[required]}>
          <Radio.Group
            options={RECOMMENDATION_TITLES.map((k) => ({ value: k, label: t(`recommendations.title.${k}`) }))}
            optionType="button"
          />
        </Form.Item>
        {title === 'GRASSROOTS' ? (
          <Form.Item name="branchId" label={t('recommendations.recommend.branch')} rules={[required]}>
            <Select
              options={branchGroups}
              showSearch={{ optionFilterProp: 'label' }}
              loading={participants.isFetching || carried.isFetching}
              placeholder={t('recommendations.recommend.branchPlaceholder')}
            />
          </Form.Item>
        ) : (
          <Form.Item name="organisationId" label={t('recommendations.recommend.organisation')} rules={[required]}>
            <Select
              options={organisationGroups}
              showSearch={{ optionFilterProp: 'label' }}
              loading={children.isFetching || carried.isFetching}
              placeholder={t('recommendations.recommend.organisationPlaceholder')}
            />
          </Form.Item>
        )}
        {linkable && (
          <Form.Item name="evidence" label={t('recommendations.recommend.evidence')} extra={t('recommendations.recommend.evidenceHint')}>
            <Select
              mode="multiple"
              options={(accepted.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.typeName}：${d.title}` }))}
              optionFilterProp="label"
              loading={accepted.isFetching}
              notFoundContent={t('recommendations.recommend.noEvidence')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="dossier"
          label={t('recommendations.recommend.dossier')}
          extra={t('recommendations.recommend.dossierHint')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 5 }} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
