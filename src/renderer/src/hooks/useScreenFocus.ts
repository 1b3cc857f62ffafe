import { useEffect, type RefObject } from 'react';

/**
 * A new screen puts the keyboard where its work starts (its heading or first question), never
 * on the page body, and scrolls it into view.
 */
export function useScreenFocus(target: RefObject<HTMLElement | null>, ready = true): void {
  useEffect(() => {
    if (!ready) return;
    const element = target.current;
    if (!element || element.contains(document.activeElement)) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest' });
  }, [target, ready]);
}
