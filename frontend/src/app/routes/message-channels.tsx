import { Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { useMyOrganisation } from '@/features/organisations/api/get-my-organisation';
import { MessageChannelsPage } from '@/features/message-channels/components/message-channels-page';
import { accessOf } from '@/lib/access';
import { useSession } from '@/lib/session';

export function MessageChannelsRoute() {
  const access = accessOf(useSession());
  // The wording serves the whole system: only administrators of the top organisation change it.
  const mine = useMyOrganisation(access.canManageMessageChannels);
  if (!access.canSeeMessageChannels) return <Navigate to={paths.home.href()} replace />;
  const atTop = mine.data ? mine.data.organisation.parentId === null : undefined;
  return (
    <MessageChannelsPage
      canEditTemplates={access.canManageMessageChannels && atTop === true}
      templatesReadOnlyNote={access.canManageMessageChannels && atTop === false}
      canRetry={access.canManageMessageChannels}
    />
  );
}
