/** The languages the add-in speaks (sheet texts, pane, dialogs, store answers, CLI): French by default. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** French: the pane, the sheet texts and the store's answers when nothing asks for English. */
export const DEFAULT_LANGUAGE: Language = 'fr';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
