import { useEffect, useRef } from 'react';
import type { LaunchAction } from '../readLaunchAction';
import { acknowledgeLaunchRequest, LAUNCH_REQUEST_KEY, pendingLaunchRequest, type LaunchStorage } from './launchChannel';

/** How often an open pane looks for a request, where the storage event does not cross from the ribbon's runtime. */
export const LAUNCH_POLL_MS = 1000;

/**
 * Takes the ribbon's requests (launchChannel) while the pane is open: one waiting on load, then each new one; each is
 * acknowledged once and handed to `onLaunch`. `storage` null (no localStorage): nothing is taken.
 */
export function useLaunchRequests(storage: LaunchStorage | null, onLaunch: (action: LaunchAction) => void): void {
  const handler = useRef(onLaunch);
  handler.current = onLaunch;
  useEffect(() => {
    if (storage === null) return undefined;
    const take = () => {
      const request = pendingLaunchRequest(storage, Date.now());
      if (request === null) return;
      acknowledgeLaunchRequest(storage, request.id);
      handler.current(request.action);
    };
    take();
    const onStorage = (event: StorageEvent) => {
      if (event.key === LAUNCH_REQUEST_KEY) take();
    };
    window.addEventListener('storage', onStorage);
    const timer = window.setInterval(take, LAUNCH_POLL_MS);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.clearInterval(timer);
    };
  }, [storage]);
}
