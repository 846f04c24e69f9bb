import type { Language } from '../domain/messages/Language';

const fr = {
  close: 'Fermer',
  defaultTitle: 'Suivi Clients',
};

const en: typeof fr = {
  close: 'Close',
  defaultTitle: 'Suivi Clients',
};

/** The dialog page's own texts (its message comes from the query). */
export const dialogMessages: Record<Language, typeof fr> = { fr, en };
