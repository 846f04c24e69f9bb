import type { IssueCode } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';

const number = (count: number) => formatNumber(count, 'fr');
const lines = (count: number) => `${number(count)}\u00a0${count > 1 ? 'lignes' : 'ligne'}`;

/** The rule of each cell issue, without its values: the title of a group of issues that do not all read the same. */
const ruleTitlesFr: Record<IssueCode, string> = {
  'header.notFound': 'Ligne d’en-tête introuvable',
  'column.missingRequired': 'Colonne obligatoire absente',
  'column.duplicate': 'En-tête en double',
  'column.alternative': 'Autre colonne possible',
  'column.birthDatePart': 'Partie de date de naissance seule',
  'name.splitGuessed': 'Nom complet partagé au mieux, à vérifier',
  'value.required': 'Valeur obligatoire manquante',
  'value.tooLong': 'Texte trop long',
  'value.excelError': 'Erreur Excel dans la cellule',
  'value.invalidType': 'Valeur inattendue',
  'value.controlCharacter': 'Caractère de contrôle invisible',
  'value.malformedText': 'Caractère mal formé',
  'title.unknown': 'Civilité inconnue',
  'title.academic': 'Titre académique au lieu d’une civilité',
  'email.invalid': 'Adresse e-mail invalide',
  'email.duplicate': 'Adresse e-mail en double',
  'code.duplicate': 'Code client en double',
  'phone.invalid': 'Numéro de téléphone invalide',
  'phone.leadingZeroRestored': 'Numéro enregistré comme nombre, à vérifier',
  'phone.prefixAssumed': 'Numéro sans 0 ni indicatif, à vérifier',
  'vat.invalid': 'Numéro de TVA / IDE invalide',
  'vat.checkDigit': 'Chiffre de contrôle IDE incorrect',
  'postalCode.invalid': 'Code postal invalide',
  'postalCode.leadingZeroRestored': 'Zéro initial du code postal rétabli',
  'postalCode.leadingZeroAssumed': 'Code postal à 4\u00a0chiffres, à vérifier',
  'country.unknown': 'Pays inconnu',
  'nationality.unknown': 'Nationalité inconnue',
  'language.unknown': 'Langue inconnue',
  'date.invalid': 'Date illisible',
  'date.impossible': 'Date impossible',
  'date.ambiguous': 'Date au format mois/jour',
  'date.future': 'Date de naissance dans le futur',
  'date.tooOld': 'Date de naissance antérieure à 1900',
  'template.exampleRow': 'Ligne d’exemple du modèle, pas importée',
};

/** The Importer's one report: summary line, issues grouped by rule, the rows of a group, what the live region says. */
export const reportFr = {
  number,
  summary: (sheetName: string, rows: number, validRows: number, errorRows: number, warningRows: number) =>
    `«\u00a0${sheetName}\u00a0»\u00a0: ${number(validRows)}\u00a0${validRows > 1 ? 'lignes valides' : 'ligne valide'} sur ${number(rows)}` +
    (errorRows > 0 ? ` · ${number(errorRows)}\u00a0avec des erreurs` : '') +
    (warningRows > 0 ? ` · ${number(warningRows)}\u00a0avec des avertissements` : '') +
    '.',
  groupsTitle: (groups: number, issues: number) =>
    `${number(issues)}\u00a0${issues > 1 ? 'anomalies' : 'anomalie'} en ${number(groups)}\u00a0${groups > 1 ? 'règles' : 'règle'}`,
  errors: 'Erreurs',
  warnings: 'Avertissements',
  information: 'Information',
  ruleTitles: ruleTitlesFr,
  groupTitle: (count: number, text: string) => `${number(count)}\u00a0× ${text}`,
  aboutColumn: (header: string | null, text: string) => (header ? `${header}\u00a0: ${text}` : text),
  /** The rule's sentence without its final full stop, then the suggestion: « … «\u00a0Suise\u00a0» — suggestion\u00a0: Suisse ». */
  withSuggestion: (title: string, text: string) => `${title.replace(/\.$/, '')} — suggestion\u00a0: ${text}`,
  showRows: (count: number) => `Voir ${count > 1 ? `les ${lines(count)}` : 'la ligne'}`,
  hideRows: 'Masquer les lignes',
  rowOnly: (row: number) => `Ligne ${row}`,
  row: (row: number, address: string) => `Ligne ${row} (${address})`,
  rowWithText: (row: number, address: string, text: string) => `Ligne ${row} (${address})\u00a0: ${text}`,
  goToCell: (address: string) => `Aller à la cellule ${address}`,
  showMore: (count: number) => `Afficher ${number(count)} de plus`,
  /** The live region. */
  validating: (sheetName: string) => `Validation de «\u00a0${sheetName}\u00a0» en cours…`,
  validatingSheet: 'Validation de la feuille en cours…',
  validated: (sheetName: string, rows: number, validRows: number) =>
    `Validation terminée\u00a0: «\u00a0${sheetName}\u00a0», ${number(validRows)}\u00a0${validRows > 1 ? 'lignes valides' : 'ligne valide'} sur ${number(rows)}.`,
  importProgress: (done: number, total: number) => `Import\u00a0: ${number(done)} / ${number(total)}\u00a0lignes`,
  importEnded: (created: number, updated: number, failed: number) =>
    `Import terminé\u00a0: ${number(created)}\u00a0${created > 1 ? 'créés' : 'créé'}, ${number(updated)}\u00a0mis à jour, ${number(failed)}\u00a0en erreur.`,
  reverted: 'Import annulé.',
  /** The import summary of another sheet than the active one: only its undo stays. */
  otherSheet: (sheetName: string) => `Dernier import\u00a0: feuille «\u00a0${sheetName}\u00a0».`,
  failedGroupsTitle: (rows: number) => `${lines(rows)} en erreur, par raison`,
  refused: 'Ligne refusée par la base clients',
};
