import type { ReactNode } from 'react';
import { Link } from 'react-router';

const STYLE = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 6,
  minHeight: 44,
  minWidth: 44,
  padding: '0 15px',
  border: '1px solid #b8bec6',
  borderRadius: 6,
  background: '#fff',
  color: '#1552a8',
  whiteSpace: 'nowrap',
} as const;

/** A link that looks like a button (a link inside a button would nest two controls). */
export function LinkButton({ to, label, children }: { to: string; label?: string; children: ReactNode }) {
  return (
    <Link to={to} aria-label={label} style={STYLE}>
      {children}
    </Link>
  );
}
