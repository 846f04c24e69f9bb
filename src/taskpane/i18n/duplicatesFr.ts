import { formatNumber } from '@/domain/messages/formatNumber';

const number = (count: number) => formatNumber(count, 'fr');
const lines = (count: number) => `${number(count)}\u00a0${count > 1 ? 'lignes' : 'ligne'}`;

/** The import's list of probable duplicates (DuplicateList): rows not created because the base probably has them. */
export const duplicatesFr = {
  title: (rows: number) => `${lines(rows)} probablement déjà dans la base clients`,
  intro:
    'Ces lignes n\u2019ont pas été créées\u00a0: la base clients a probablement déjà ces clients (sous une autre adresse e-mail). Choisissez pour chaque ligne, ou pour toutes («\u00a0Même client pour tous\u00a0» prend pour chaque ligne le client le plus probable).',
  /** A row of the sheet: its number and its name. */
  row: (row: number, name: string) => `Ligne ${number(row)}\u00a0: ${name}`,
  /** The row's details, as the sheet shows them. */
  email: (email: string) => `E-mail\u00a0: ${email}`,
  place: (place: string) => `NPA, localité\u00a0: ${place}`,
  birthDate: (day: string) => `Date de naissance\u00a0: ${day}`,
  candidatesTitle: (count: number) => (count > 1 ? `Dans la base (${number(count)} clients proches)\u00a0:` : 'Dans la base\u00a0:'),
  /** "CL-000123 Dupont Marie, probable à 92 % : même nom et même date de naissance". */
  candidate: (code: string, name: string, score: number, reasons: string) =>
    `${code} ${name}, probable à ${number(Math.round(score * 100))}\u00a0%\u00a0: ${reasons}`,
  choiceLabel: (row: number) => `Que faire de la ligne ${number(row)}\u00a0?`,
  same: 'C\u2019est le même client',
  sameAs: (code: string) => `C\u2019est le même client (${code})`,
  create: 'Créer quand même',
  ignore: 'Ignorer',
  sameAll: 'Même client pour tous',
  createAll: 'Créer quand même pour tous',
  ignoreAll: 'Ignorer pour tous',
  apply: (rows: number) => (rows === 0 ? 'Appliquer les choix' : `Appliquer les choix (${lines(rows)})`),
  undecided: 'Choisissez pour au moins une ligne pour pouvoir appliquer.',
  /** Ignored rows leave the list; the sheet keeps their status. */
  ignored: (rows: number) =>
    rows > 1
      ? `${lines(rows)} ignorées\u00a0: non créées, elles gardent «\u00a0Doublon probable\u00a0» dans la feuille.`
      : '1\u00a0ligne ignorée\u00a0: non créée, elle garde «\u00a0Doublon probable\u00a0» dans la feuille.',
  /** The live region, after an import or the choices applied. */
  announce: (rows: number) => `${lines(rows)} probablement déjà dans la base, à examiner dans le volet.`,
};

export type DuplicatesMessages = typeof duplicatesFr;
