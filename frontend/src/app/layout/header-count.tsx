import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/plain';

/** A count in the header (to-dos, unread messages): an icon with its badge, linking to where the items are. */
export function HeaderCount({
  to,
  label,
  count,
  icon,
  testId,
}: {
  to: string;
  label: string;
  count: number;
  icon: ReactNode;
  testId: string;
}) {
  return (
    <Link to={to} aria-label={label} title={label} className="cx-header-button" data-testid={testId}>
      <Badge count={count}>{icon}</Badge>
    </Link>
  );
}
