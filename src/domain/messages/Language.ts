/** The languages the add-in speaks (sheet texts, pane, dialogs, store answers, CLI): French by default. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** French: the pane, the sheet texts and the store's answers when nothing asks for English. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * The language of what the import writes into the sheet's own columns ("Statut import"), whatever the reader's: the
 * template's headers are French, and a sheet is shared by colleagues who may read the pane in another language.
 */
export const TEMPLATE_LANGUAGE: Language = 'fr';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
