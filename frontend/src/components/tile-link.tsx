import { RightOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A link from a dashboard tile to the page with the whole picture. */
export function TileLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  return (
    <Link to={to} className="cx-tile-link" data-testid={testId}>
      {children}
      <RightOutlined aria-hidden />
    </Link>
  );
}
