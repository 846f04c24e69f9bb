import type { Messages } from '../i18n/fr';
import type { StoreConnection } from '../store/StoreConnection';

/** The message under the settings form after "Test connection", and its intent. */
export function describeTestResult(result: StoreConnection, t: Messages): { intent: 'success' | 'warning' | 'error'; text: string } {
  switch (result.state) {
    case 'connected':
      return { intent: 'success', text: t.settings.testConnected(result.database, result.homeCountry) };
    case 'token_refused':
      return { intent: 'warning', text: t.settings.testTokenRefused };
    case 'unreachable':
      return { intent: 'error', text: t.settings.testUnreachable };
    case 'failed':
      return { intent: 'error', text: t.settings.testFailed(result.code) };
  }
}
