import type { Lang } from '../domain/issues/Lang';

const fr = {
  close: 'Fermer',
  defaultTitle: 'Suivi Clients',
};

const en: typeof fr = {
  close: 'Close',
  defaultTitle: 'Suivi Clients',
};

/** The dialog page's own texts (its message comes from the query). */
export const dialogMessages: Record<Lang, typeof fr> = { fr, en };
