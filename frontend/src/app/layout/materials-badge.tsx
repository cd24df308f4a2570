import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranchHome } from '@/app/use-branch-home';
import { useBranchDue } from '@/features/campaigns/api/branch-due';
import { dueCount } from '@/features/campaigns/components/due-rules';

/** How many deliverables need the branch now (returned ones and what is due), on the materials tab. */
export function MaterialsBadge({ children, inline }: { children?: ReactNode; inline?: boolean }) {
  const { t } = useTranslation();
  // The home's one request brings what the count needs; only if it fails does the count ask part by part.
  const home = useBranchHome();
  const due = useBranchDue(!home.isPending);
  const count = due.groups ? dueCount(due.groups) : 0;
  const label = count > 0 ? t('deliverables.due.badge', { count }) : undefined;
  if (inline) return count > 0 ? <Badge count={count} size="small" style={{ marginInlineStart: 6 }} title={label} /> : null;
  return (
    <Badge count={count} size="small" offset={[6, 0]} title={label} data-testid="materials-badge">
      {children}
    </Badge>
  );
}
