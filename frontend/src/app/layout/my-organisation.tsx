import { ClusterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMyOrganisation } from '@/features/organisations/api/get-my-organisation';

/** The header's line under the name of the app: the staff user's own organisation, so they know where they stand. */
export function MyOrganisation() {
  const { t } = useTranslation();
  const mine = useMyOrganisation();
  if (!mine.data) return null;
  const { name } = mine.data.organisation;
  return (
    <span className="cx-header-organisation cx-muted" title={t('organisations.standing', { name })} data-testid="my-organisation">
      <ClusterOutlined aria-hidden /> {name}
    </span>
  );
}
