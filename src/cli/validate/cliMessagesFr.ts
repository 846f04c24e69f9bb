import type { ReadFailureCode } from '@/spreadsheet/ReadFailure';
import { MAPPING_TARGETS } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';

const targets = MAPPING_TARGETS.join(', ');

/** The validate command's French texts (the reference catalogue). */
export const cliMessagesFr = {
  usage:
    'Usage\u00a0: npm run validate -- FICHIER [--json] [--lang en] [--sheet NOM] [--home CC] [--mapping CORRESPONDANCE.json] [--map "EN-TÊTE=CIBLE"]…',
  badLang: (value: string) => `Langue non prise en charge «\u00a0${value}\u00a0»\u00a0: fr ou en.`,
  badHome: (value: string) => `Pays d'origine invalide «\u00a0${value}\u00a0»\u00a0: code ISO à deux lettres (CH, FR, DE…).`,
  unknownOption: (value: string) => `Option inconnue «\u00a0${value}\u00a0».`,
  cannotRead: (file: string, reason: string) => `Impossible de lire ${file}\u00a0: ${reason}`,
  mapping: {
    mapSyntax: (entry: string) =>
      `--map «\u00a0${entry}\u00a0»\u00a0: écrivez EN-TÊTE=CIBLE (un en-tête de 200 caractères au plus, puis = et la cible\u00a0; l'en-tête peut contenir =, la cible est après le dernier).`,
    mapTarget: (entry: string, target: string) =>
      `--map «\u00a0${entry}\u00a0»\u00a0: cible inconnue «\u00a0${target}\u00a0»\u00a0; cibles possibles\u00a0: ${targets}, ou un en-tête du modèle (Nom, Prénom, E-mail…).`,
    fileJson: (file: string, line: number | null, column: number | null) =>
      `Correspondance ${file}\u00a0: JSON illisible${line === null ? '' : ` (ligne ${line}, colonne ${column ?? 1})`}.`,
    fileTarget: (file: string, path: string, target: string) =>
      `Correspondance ${file}, ${path}\u00a0: cible inconnue «\u00a0${target}\u00a0»\u00a0; cibles possibles\u00a0: ${targets}.`,
    fileEntry: {
      required: (file: string, path: string) => `Correspondance ${file}, ${path}\u00a0: valeur requise, ne peut pas être vide.`,
      tooLong: (file: string, path: string, max: number) =>
        `Correspondance ${file}, ${path}\u00a0: ${formatNumber(max, 'fr')} caractères au plus.`,
      tooMany: (file: string, path: string, max: number) =>
        `Correspondance ${file}, ${path}\u00a0: ${formatNumber(max, 'fr')} éléments au plus.`,
      shape: (file: string, path: string) =>
        `Correspondance ${file}${path === '' ? '' : `, ${path}`}\u00a0: forme attendue { "columns": [{ "header": "…", "target": "…" }] } ou une liste [{ "header", "target" }].`,
    },
  },
  readFailure: {
    notFound: 'fichier introuvable.',
    notAFile: "ce n'est pas un fichier.",
    empty: 'le fichier est vide.',
    notSpreadsheet: "ce n'est pas un classeur .xlsx ni un fichier .csv.",
    passwordProtected: 'le classeur est protégé par un mot de passe\u00a0; enregistrez-le sans mot de passe.',
    legacyXls: 'ancien format .xls (Excel 97-2003)\u00a0; enregistrez-le au format .xlsx.',
    openDocument: "c'est un classeur OpenDocument (.ods, de LibreOffice ou OpenOffice)\u00a0; ouvrez-le et enregistrez-le au format .xlsx.",
    appleNumbers:
      "c'est un fichier Apple Numbers\u00a0; dans Numbers, choisissez Fichier > Exporter vers > Excel pour l'enregistrer au format .xlsx.",
    excelLockFile:
      "c'est le petit fichier «\u00a0~$\u00a0» qu'Excel crée pendant qu'un classeur est ouvert, pas le classeur\u00a0; choisissez le fichier du même nom sans «\u00a0~$\u00a0».",
    sheetNotFound: 'feuille introuvable.',
    tooLarge: 'le classeur est trop volumineux.',
  } satisfies Record<ReadFailureCode, string>,
  fileLine: (file: string, sheet: string) => `Fichier\u00a0: ${file} — feuille «\u00a0${sheet}\u00a0»`,
  headerRow: (row: number | null) => (row === null ? "Ligne d'en-tête\u00a0: introuvable" : `Ligne d'en-tête\u00a0: ${row}`),
  mapped: (count: number) => `Colonnes reconnues (${count})\u00a0:`,
  missingRequired: 'Colonnes obligatoires absentes\u00a0:',
  unknown: 'Colonnes inconnues (ignorées)\u00a0:',
  ignored: 'Colonnes ignorées selon la correspondance\u00a0:',
  alternatives: 'Autres colonnes possibles (non lues)\u00a0:',
  duplicate: 'En-têtes en double (non lus)\u00a0:',
  summary: (rows: number, valid: number, errors: number, warnings: number) =>
    `${rows} ligne${rows > 1 ? 's' : ''}, ${valid} valide${valid > 1 ? 's' : ''}, ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`,
  row: (row: number) => `Ligne ${row}`,
  column: (letter: string | null, header: string) => `${letter === null ? '' : `${letter} `}«\u00a0${header}\u00a0»`,
  issueLine: (where: string, severity: string, message: string) => `${where === '' ? '' : `${where}\u00a0: `}${severity} — ${message}`,
  severity: { error: 'erreur', warning: 'avertissement', info: 'information' },
  suggestion: (text: string) => `Suggestion\u00a0: ${text}`,
  noIssue: 'Aucun problème\u00a0: le fichier peut être importé.',
};
