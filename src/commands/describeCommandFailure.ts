import type { Language } from '@/domain';
import type { MessageDialogContent } from '@/dialog/MessageDialogContent';
import { formatOfficeError } from '@/excel/formatOfficeError';
import { paneMessages } from '@/taskpane/i18n/paneMessages';

export type RibbonCommandName = 'insertTemplate' | 'validateSheet';

/** The error dialog of a command that failed: the reason from the add-in's Excel error texts, never Office's message. */
export function describeCommandFailure(command: RibbonCommandName, error: unknown, lang: Language): MessageDialogContent {
  const t = paneMessages[lang].commands;
  const reason = formatOfficeError(error, lang);
  return command === 'insertTemplate'
    ? { lang, kind: 'error', title: t.insertTemplateTitle, lines: [t.insertTemplateFailed(reason)] }
    : { lang, kind: 'error', title: t.validateTitle, lines: [t.validateFailed(reason)] };
}
