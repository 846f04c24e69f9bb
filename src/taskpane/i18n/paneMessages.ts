import type { Language } from '@/domain';
import { en } from './en';
import { fr, type Messages } from './fr';

/**
 * The catalogue of everything the add-in shows outside the sheet, in each language: the pane (Importer, Clients,
 * settings), the ribbon commands' dialogs and the dialog page. `fr` is the reference; `en` has the same keys.
 */
export const paneMessages: Record<Language, Messages> = { fr, en };
