import type { Messages } from '../i18n/fr';
import type { StoreStatus } from '../store/StoreConnection';

export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral';

export type StatusDescription = { tone: StatusTone; title: string; details: string | null };

/** The status line's texts and tone for a store status. */
export function describeStoreStatus(status: StoreStatus, t: Messages): StatusDescription {
  switch (status.state) {
    case 'connected':
      return { tone: 'success', title: t.status.connected, details: t.status.connectedDetails(status.database, status.homeCountry) };
    case 'token_refused':
      return { tone: 'warning', title: t.status.tokenRefused, details: t.status.tokenRefusedHint };
    case 'unreachable':
      return { tone: 'danger', title: t.status.unreachable, details: t.status.unreachableHint };
    case 'failed':
      return { tone: 'danger', title: t.status.failed(status.code), details: null };
    case 'not_configured':
      return { tone: 'neutral', title: t.status.notConfigured, details: null };
    case 'checking':
      return { tone: 'neutral', title: t.status.checking, details: null };
  }
}
