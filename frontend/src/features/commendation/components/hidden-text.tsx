import type { ReactNode } from 'react';

const STYLE = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Words for screen readers only, e.g. which row a short button belongs to. */
export function HiddenText({ children }: { children: ReactNode }) {
  return <span style={STYLE}>{children}</span>;
}
