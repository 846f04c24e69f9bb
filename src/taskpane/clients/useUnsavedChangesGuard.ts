import { useEffect, useState } from 'react';

/**
 * Guards unsaved changes: `leave(action)` runs at once when nothing would be lost, else asks first
 * (`asking`, then `confirm` or `stay`). While dirty, closing the pane asks the browser's question.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!dirty) return undefined;
    const handleBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, [dirty]);
  return {
    asking: pending !== null,
    leave: (action: () => void) => (dirty ? setPending(() => action) : action()),
    confirm: () => {
      pending?.();
      setPending(null);
    },
    stay: () => setPending(null),
  };
}
