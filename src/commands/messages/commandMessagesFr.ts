import { anomaliesHeader } from '../../domain/messages/sheetTexts';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** The ribbon commands' texts (their dialog); Excel's errors come from formatOfficeError. */
export const commandMessagesFr = {
  insertTemplateTitle: 'Insérer le modèle',
  insertTemplateFailed: (reason: string) => `Le modèle n'a pas été inséré. ${reason}`,
  validateTitle: 'Valider la feuille',
  validateFailed: (reason: string) => `La validation n'a pas abouti. ${reason}`,
  sheet: (sheetName: string) => `Feuille « ${sheetName} ».`,
  noHeader: "Aucune ligne d'en-têtes reconnue dans les 20 premières lignes : insérez le modèle ou ajoutez les en-têtes, puis validez à nouveau.",
  noRows: "Aucune ligne de clients sous la ligne d'en-têtes.",
  rows: (rows: number, validRows: number) =>
    `${plural(rows, 'ligne de données', 'lignes de données')}, dont ${plural(validRows, 'valide', 'valides')}.`,
  missingColumns: (headers: string[]) => `Colonnes obligatoires manquantes : ${headers.join(', ')}.`,
  markedNotes: (cells: number) => `${plural(cells, 'cellule marquée', 'cellules marquées')} : la raison est dans la note de chaque cellule.`,
  markedColumn: (cells: number) => `${plural(cells, 'cellule marquée', 'cellules marquées')} : les raisons sont dans la colonne « ${anomaliesHeader} ».`,
  tooManyForNotes: 'Elles sont trop nombreuses pour des notes.',
  withoutNote: (cells: number) =>
    cells > 1
      ? `${cells} de ces cellules avaient déjà leur propre note : seule leur couleur les signale.`
      : 'Une de ces cellules avait déjà sa propre note : seule sa couleur la signale.',
  noIssues: 'Aucune anomalie.',
  openPane: 'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
};

export type CommandMessages = typeof commandMessagesFr;
