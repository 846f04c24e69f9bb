import { useCallback, useRef, useSyncExternalStore } from 'react';

type Subscribe = (listener: () => void) => () => void;

/**
 * A number that changes whenever the in-memory workbook does, so the grid draws again:
 * the model is mutated in place, so its identity never changes.
 */
export function useWorkbookVersion(subscribeToWorkbook: Subscribe): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) =>
      subscribeToWorkbook(() => {
        version.current += 1;
        onChange();
      }),
    [subscribeToWorkbook],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}
