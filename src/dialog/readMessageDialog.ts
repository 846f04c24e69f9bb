import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/domain';
import { paneMessages } from '@/taskpane/i18n/paneMessages';
import { MessageDialogKind, messageDialogParams, MessageDialogTheme } from './MessageDialogContent';

/** What the dialog page renders: every field is plain text. `theme` null: the page follows the system's. */
export type MessageDialogView = {
  lang: Language;
  kind: MessageDialogKind;
  title: string;
  lines: string[];
  closeLabel: string;
  theme: MessageDialogTheme | null;
};

/** Bounds on what a query can make the page show. */
export const maxTitleLength = 120;
export const maxLineLength = 400;
export const maxLines = 12;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The dialog's view from its page's query (`location.search`, with or without `?`): French unless `lang=en`, `info`
 * unless `kind=error`, the add-in's name when there is no title; blank lines dropped, long ones clipped.
 */
export function readMessageDialog(search: string): MessageDialogView {
  const query = new URLSearchParams(search);
  const requested = query.get(messageDialogParams.lang);
  const lang: Language = isLanguage(requested) ? requested : DEFAULT_LANGUAGE;
  const texts = paneMessages[lang].dialog;
  const title = (query.get(messageDialogParams.title) ?? '').trim();
  const lines = query
    .getAll(messageDialogParams.lines)
    .flatMap((text) => text.split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, maxLines)
    .map((line) => clip(line, maxLineLength));
  return {
    lang,
    kind: oneOf(MessageDialogKind, query.get(messageDialogParams.kind)) ?? 'info',
    title: title === '' ? texts.defaultTitle : clip(title, maxTitleLength),
    lines,
    closeLabel: texts.close,
    theme: oneOf(MessageDialogTheme, query.get(messageDialogParams.theme)),
  };
}
