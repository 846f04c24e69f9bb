import { isStoreClientError } from '@/api-client/StoreClientError';
import type { Language } from '@/domain';
import type { MessageDialogContent } from '@/dialog/MessageDialogContent';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { paneMessages } from '@/taskpane/i18n/paneMessages';

export type RibbonCommandName = 'insertTemplate' | 'validateSheet' | 'requestImport' | 'refreshFromStore';

/**
 * The error dialog of a command that failed: the reason from the add-in's Excel error texts, never Office's message (a
 * failure of the store: from its error code, as the pane says it).
 */
export function describeCommandFailure(command: RibbonCommandName, error: unknown, lang: Language): MessageDialogContent {
  const t = paneMessages[lang].commands;
  const reason = formatOfficeError(error, lang);
  switch (command) {
    case 'insertTemplate':
      return { lang, kind: 'error', title: t.insertTemplateTitle, lines: [t.insertTemplateFailed(reason)] };
    case 'validateSheet':
      return { lang, kind: 'error', title: t.validateTitle, lines: [t.validateFailed(reason)] };
    case 'requestImport':
      return { lang, kind: 'error', title: t.importTitle, lines: [t.importFailed(reason)] };
    case 'refreshFromStore': {
      const why = isStoreClientError(error) ? paneMessages[lang].clients.error(error.code) : reason;
      return { lang, kind: 'error', title: t.refreshTitle, lines: [t.refreshFailed(why)] };
    }
  }
}
