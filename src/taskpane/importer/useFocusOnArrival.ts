import { useEffect, useRef } from 'react';

/**
 * Focus for the result of an action: the element given the returned ref (a heading with tabIndex -1) takes the focus
 * each time `result` changes to a new non-null value (a new report, a new import summary, "reverted"), never on a
 * re-render of the same one. So
 * after "Valider la feuille" or "Importer", a keyboard or screen-reader user is on what happened, not on the page.
 */
export function useFocusOnArrival<T extends HTMLElement>(result: unknown) {
  const ref = useRef<T | null>(null);
  const focused = useRef<unknown>(null);
  useEffect(() => {
    if (result === null || Object.is(focused.current, result)) return;
    focused.current = result;
    ref.current?.focus();
  }, [result]);
  return ref;
}
