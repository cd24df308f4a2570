import { Navigate, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { OrganisationPage } from '@/features/organisations/components/organisation-page';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';
import { NotFoundRoute } from './not-found';

/** 组织: the user's own organisation (`/organisations`) or one below it (`/organisations/:id`). */
export function OrganisationsRoute() {
  const { id } = useParams();
  const access = accessOf(useSession());
  if (!access.canSeeOrganisations) return <Navigate to={paths.home.href()} replace />;
  const organisationId = id === undefined ? undefined : Number(id);
  if (organisationId !== undefined && (!Number.isInteger(organisationId) || organisationId <= 0)) return <NotFoundRoute />;
  return (
    <OrganisationPage
      // A new organisation is a new page: its dialogs and confirmations do not carry over.
      key={organisationId ?? 'mine'}
      id={organisationId}
      canManage={access.canManageOrganisations}
      canSeeRollup={access.canSeeRollup}
      hrefs={{
        organisation: paths.organisation.href,
        branches: access.canListBranches ? paths.branches.href : undefined,
        accounts: access.canManageAccounts ? paths.accounts.href : undefined,
      }}
    />
  );
}
