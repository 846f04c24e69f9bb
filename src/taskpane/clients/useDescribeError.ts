import { isStoreClientError } from '@/api-client/StoreClientError';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { useI18n } from '../i18n/I18nContext';

/** Text for a failure of the store (from its code) or of Excel, in the pane's language. */
export function useDescribeError(): (error: unknown) => string {
  const { t, language } = useI18n();
  return (error) => (isStoreClientError(error) ? t.clients.error(error.code) : formatOfficeError(error, language));
}
