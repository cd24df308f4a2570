import { PlusOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { ApiError } from '@/lib/problem';
import { useDeleteOrganisation } from '../api/delete-organisation';
import { useMyOrganisation } from '../api/get-my-organisation';
import { useOrganisation, type OrganisationDetail } from '../api/get-organisation';
import { mayHaveChildren, parentOf } from './levels';
import { OrganisationChildren } from './organisation-children';
import { OrganisationFormModal } from './organisation-form-modal';
import { OrganisationRollup } from './organisation-rollup';

type Hrefs = {
  organisation: (id: number) => string;
  /** The branch list, filtered to an organisation's subtree; only for those who may list branches. */
  branches?: (organisationId: number) => string;
  /** The account list, filtered likewise; only for those who manage accounts. */
  accounts?: (organisationId: number) => string;
};

type Props = {
  /** The organisation shown; without it the user's own. */
  id?: number;
  canManage: boolean;
  /** The roll-up (汇总) of the organisation's subtree: for administrators and leaders only (others are refused it). */
  canSeeRollup?: boolean;
  hrefs: Hrefs;
};

/**
 * Where the user stands in the tree and what lies below: the way down from their own organisation (each step a
 * link back up), the organisation itself, the organisations directly under it and its branches, and for
 * administrators and leaders the roll-up of its subtree. Administrators add, edit and delete organisations.
 */
export function OrganisationPage({ id, canManage, canSeeRollup = false, hrefs }: Props) {
  const { t } = useTranslation();
  const mine = useMyOrganisation(id === undefined);
  const byId = useOrganisation(id);
  const detail = id === undefined ? mine : byId;

  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.isError) {
    const notFound = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <ErrorState
        title={notFound ? t('organisations.notFound') : t('organisations.loadFailed')}
        error={detail.error}
        onRetry={notFound ? undefined : () => void detail.refetch()}
      />
    );
  }
  return <OrganisationView detail={detail.data} canManage={canManage} canSeeRollup={canSeeRollup} hrefs={hrefs} />;
}

function OrganisationView({
  detail,
  canManage,
  canSeeRollup,
  hrefs,
}: {
  detail: OrganisationDetail;
  canManage: boolean;
  canSeeRollup: boolean;
  hrefs: Hrefs;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisation: o, trail } = detail;
  const parent = parentOf(trail);
  // The trail is empty exactly for the user's own organisation, which stays (as does the top of the tree).
  const own = trail.length === 0;
  const branchesHref = hrefs.branches;
  const accountsHref = hrefs.accounts;
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteOrganisation();
  const { confirmDelete, alert } = useConfirmDelete();

  const deleteThis = () =>
    confirmDelete({
      title: t('organisations.deleteTitle'),
      content: t('organisations.deleteConfirm', { name: o.name }),
      run: async () => {
        await remove.mutateAsync(o.id);
        if (parent) void navigate(hrefs.organisation(parent.id), { replace: true });
      },
      done: t('organisations.deleted', { name: o.name }),
    });

  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: '1.15em', margin: 0 }}>
      {text}
    </Typography.Title>
  );

  return (
    <section aria-labelledby="organisation-title">
      {trail.length > 0 && (
        <Breadcrumb
          aria-label={t('organisations.trail')}
          style={{ marginBottom: 8 }}
          items={[
            ...trail.map((r) => ({
              key: r.id,
              title: (
                <Link to={hrefs.organisation(r.id)} style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}>
                  {r.name}
                </Link>
              ),
            })),
            {
              key: o.id,
              title: (
                <span aria-current="page" style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}>
                  {o.name}
                </span>
              ),
            },
          ]}
        />
      )}
      {alert}
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="flex-start" wrap gap={8}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={1} id="organisation-title" style={{ fontSize: '1.5em', marginTop: 0, marginBottom: 8 }}>
              {o.name}
            </Typography.Title>
            <Flex wrap gap={8} align="center">
              <Tag>{t(`organisations.level.${o.level}`)}</Tag>
              {own && <Tag color="blue">{t('organisations.ownTag')}</Tag>}
              <Typography.Text type="secondary" data-testid="organisation-code">
                {t('organisations.codeLine', { code: o.code })}
              </Typography.Text>
            </Flex>
          </div>
          {canManage && (
            <Flex gap={8} wrap>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              {!own && (
                <Button danger onClick={deleteThis}>
                  {t('organisations.delete')}
                </Button>
              )}
            </Flex>
          )}
        </Flex>
      </Card>
      <Card
        style={{ marginBottom: 16 }}
        title={sectionTitle(t('organisations.children'))}
        extra={
          canManage &&
          mayHaveChildren(o.level) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('organisations.create')}
            </Button>
          )
        }
      >
        <OrganisationChildren parent={o} href={hrefs.organisation} />
      </Card>
      <Card style={{ marginBottom: 16 }} title={sectionTitle(t('organisations.branches'))}>
        <Typography.Paragraph data-testid="organisation-branch-count">
          {t('organisations.branchesHint', { count: o.branchCount })}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          {branchesHref && <Button onClick={() => void navigate(branchesHref(o.id))}>{t('organisations.viewBranches')}</Button>}
          {accountsHref && <Button onClick={() => void navigate(accountsHref(o.id))}>{t('organisations.viewAccounts')}</Button>}
        </Flex>
      </Card>
      {canSeeRollup && <OrganisationRollup organisation={o} href={hrefs.organisation} />}
      {adding && <OrganisationFormModal parent={{ id: o.id, name: o.name, level: o.level }} onClose={() => setAdding(false)} />}
      {editing && <OrganisationFormModal parent={parent} organisation={o} onClose={() => setEditing(false)} />}
    </section>
  );
}
