import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls sideways inside this area, not the page; keyboard users can focus and scroll it,
 * and screen readers hear its name.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="cx-scroll-region">
      {children}
    </div>
  );
}
