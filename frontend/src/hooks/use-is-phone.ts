import { Grid } from 'antd';

/** Phones and narrow tablets get the touch layout: cards, bottom navigation, full-width drawers. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined; fall back to the window width.
  if (screens.md === undefined) return typeof window !== 'undefined' && window.innerWidth < 768;
  return !screens.md;
}
