import type { ImportRowOutcome } from './ImportRowOutcome';

/** The "Statut import" header. */
export const importStatusHeader = 'Statut import';

/** "Créé le 27/11/2026", "Erreur : …", "Non importé", "Import annulé le 27/11/2026": the text of a row's import status, in French. */
export function importStatusText(outcome: ImportRowOutcome, date: string): string {
  switch (outcome.status) {
    case 'created':
      return `Créé le ${date}`;
    case 'updated':
      return `Mis à jour le ${date}`;
    case 'unchanged':
      return `Inchangé le ${date}`;
    case 'failed':
      return `Erreur : ${outcome.reason ?? 'refusé par le magasin'}`;
    case 'not_imported':
      return 'Non importé';
    case 'reverted':
      return `Import annulé le ${date}`;
  }
}

/** dd/mm/yyyy of a date, in its local calendar. */
export function frenchDate(date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${day}/${month}/${date.getFullYear()}`;
}
