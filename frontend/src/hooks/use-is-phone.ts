import { useSyncExternalStore } from 'react';

// Ant Design's `md` breakpoint: narrower than 768 px is a phone (or a narrow tablet).
const PHONE = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isPhoneNow(): boolean {
  return window.matchMedia(PHONE).matches;
}

/** Phones and narrow tablets get the touch layout: cards, bottom navigation, full-width drawers. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, isPhoneNow, () => false);
}
