import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(changed: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', changed);
  return () => media.removeEventListener('change', changed);
}

/**
 * Whether the person asked their system for less motion (WCAG 2.3.3), followed as they change it.
 * Ant Design then draws no animation at all, so nothing waits on one: a button's loading icon whose
 * leaving begins before its appearing ended would otherwise stay, unseen, in the button's name.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
