import type { ReadFailureCode } from '@/spreadsheet/ReadFailure';
import { MAPPING_TARGETS } from '@/domain';

const targets = MAPPING_TARGETS.join(', ');

/** The validate command's French texts (the reference catalogue). */
export const cliMessagesFr = {
  usage:
    'Usage : npm run validate -- FICHIER [--json] [--lang en] [--sheet NOM] [--home CC] [--mapping CORRESPONDANCE.json] [--map "EN-TÊTE=CIBLE"]…',
  badLang: (value: string) => `Langue non prise en charge « ${value} » : fr ou en.`,
  badHome: (value: string) => `Pays d'origine invalide « ${value} » : code ISO à deux lettres (CH, FR, DE…).`,
  unknownOption: (value: string) => `Option inconnue « ${value} ».`,
  cannotRead: (file: string, reason: string) => `Impossible de lire ${file} : ${reason}`,
  mapping: {
    mapSyntax: (entry: string) =>
      `--map « ${entry} » : écrivez EN-TÊTE=CIBLE (un en-tête de 200 caractères au plus, puis = et la cible ; l'en-tête peut contenir =, la cible est après le dernier).`,
    mapTarget: (entry: string, target: string) =>
      `--map « ${entry} » : cible inconnue « ${target} » ; cibles possibles : ${targets}, ou un en-tête du modèle (Nom, Prénom, E-mail…).`,
    fileJson: (file: string, line: number | null, column: number | null) =>
      `Correspondance ${file} : JSON illisible${line === null ? '' : ` (ligne ${line}, colonne ${column ?? 1})`}.`,
    fileTarget: (file: string, path: string, target: string) =>
      `Correspondance ${file}, ${path} : cible inconnue « ${target} » ; cibles possibles : ${targets}.`,
    fileEntry: {
      required: (file: string, path: string) => `Correspondance ${file}, ${path} : valeur requise, ne peut pas être vide.`,
      tooLong: (file: string, path: string, max: number) => `Correspondance ${file}, ${path} : ${max} caractères au plus.`,
      tooMany: (file: string, path: string, max: number) => `Correspondance ${file}, ${path} : ${max} éléments au plus.`,
      shape: (file: string, path: string) =>
        `Correspondance ${file}${path === '' ? '' : `, ${path}`} : forme attendue { "columns": [{ "header": "…", "target": "…" }] } ou une liste [{ "header", "target" }].`,
    },
  },
  readFailure: {
    notFound: 'fichier introuvable.',
    notAFile: "ce n'est pas un fichier.",
    empty: 'le fichier est vide.',
    notSpreadsheet: "ce n'est pas un classeur .xlsx ni un fichier .csv.",
    passwordProtected: 'le classeur est protégé par un mot de passe ; enregistrez-le sans mot de passe.',
    legacyXls: 'ancien format .xls (Excel 97-2003) ; enregistrez-le au format .xlsx.',
    openDocument: "c'est un classeur OpenDocument (.ods, de LibreOffice ou OpenOffice) ; ouvrez-le et enregistrez-le au format .xlsx.",
    appleNumbers:
      "c'est un fichier Apple Numbers ; dans Numbers, choisissez Fichier > Exporter vers > Excel pour l'enregistrer au format .xlsx.",
    excelLockFile:
      "c'est le petit fichier « ~$ » qu'Excel crée pendant qu'un classeur est ouvert, pas le classeur ; choisissez le fichier du même nom sans « ~$ ».",
    sheetNotFound: 'feuille introuvable.',
    tooLarge: 'le classeur est trop volumineux.',
  } satisfies Record<ReadFailureCode, string>,
  fileLine: (file: string, sheet: string) => `Fichier : ${file} — feuille « ${sheet} »`,
  headerRow: (row: number | null) => (row === null ? "Ligne d'en-tête : introuvable" : `Ligne d'en-tête : ${row}`),
  mapped: (count: number) => `Colonnes reconnues (${count}) :`,
  missingRequired: 'Colonnes obligatoires absentes :',
  unknown: 'Colonnes inconnues (ignorées) :',
  ignored: 'Colonnes ignorées selon la correspondance :',
  alternatives: 'Autres colonnes possibles (non lues) :',
  duplicate: 'En-têtes en double (non lus) :',
  summary: (rows: number, valid: number, errors: number, warnings: number) =>
    `${rows} ligne${rows > 1 ? 's' : ''}, ${valid} valide${valid > 1 ? 's' : ''}, ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`,
  row: (row: number) => `Ligne ${row}`,
  column: (letter: string | null, header: string) => `${letter === null ? '' : `${letter} `}« ${header} »`,
  issueLine: (where: string, severity: string, message: string) => `${where === '' ? '' : `${where} : `}${severity} — ${message}`,
  severity: { error: 'erreur', warning: 'avertissement', info: 'information' },
  suggestion: (text: string) => `Suggestion : ${text}`,
  noIssue: 'Aucun problème : le fichier peut être importé.',
};
