import type { ImportRowErrorCode } from '../issues/ImportRowErrorCode';
import type { IssueParams } from '../issues/Issue';
import type { IssueCode } from '../issues/IssueCode';
import { formatNumber } from './formatNumber';

type Message = (params: IssueParams) => string;

const quoted = (value: string | undefined) => (value === undefined ? '' : ` «\u00a0${value}\u00a0»`);

/** The issues' French texts: one per issue code. */
export const issueMessagesFr: Record<IssueCode, Message> = {
  'header.notFound': () => "Ligne d'en-tête introuvable\u00a0: aucune des 20 premières lignes ne nomme au moins deux colonnes du modèle.",
  'column.missingRequired': () => 'Colonne obligatoire absente.',
  'column.duplicate': (p) =>
    `En-tête en double\u00a0: la colonne ${p.firstColumn ?? ''} «\u00a0${p.firstHeader ?? ''}\u00a0» porte le même titre\u00a0; une seule des deux est lue.`,
  'column.alternative': (p) =>
    `Autre colonne possible pour cette donnée\u00a0: c'est la colonne ${p.firstColumn ?? ''} «\u00a0${p.firstHeader ?? ''}\u00a0» qui est lue. Vérifiez le choix.`,
  'column.birthDatePart': () => "Partie d'une date de naissance (jour, mois ou année) sans les autres\u00a0: aucune date n'en est tirée.",
  'name.splitGuessed': (p) =>
    `Nom complet${quoted(p.value)} partagé au mieux\u00a0: nom «\u00a0${p.lastName ?? ''}\u00a0», prénom «\u00a0${p.firstName ?? ''}\u00a0». À vérifier.`,
  'value.required': () => 'Valeur obligatoire manquante.',
  'value.tooLong': (p) => `Texte trop long\u00a0: ${p.length ?? '?'} caractères pour ${p.max ?? '?'} au plus.`,
  'value.excelError': (p) => `La cellule contient une erreur Excel${quoted(p.value)}.`,
  'value.invalidType': (p) => `Valeur inattendue${quoted(p.value)}\u00a0: un texte est attendu.`,
  'value.controlCharacter': (p) => `Caractère de contrôle invisible en position ${p.position ?? '?'}\u00a0: supprimez-le.`,
  'value.malformedText': (p) => `Caractère mal formé en position ${p.position ?? '?'}\u00a0: ressaisissez la valeur.`,
  'title.unknown': (p) => `Civilité inconnue${quoted(p.value)}\u00a0: M. ou Mme attendu.`,
  'title.academic': (p) => `«\u00a0${p.value ?? ''}\u00a0» est un titre académique, pas une civilité\u00a0: la civilité reste vide.`,
  'email.invalid': (p) => `Adresse e-mail invalide${quoted(p.value)}.`,
  'email.duplicate': (p) => `Adresse e-mail déjà présente à la ligne ${p.firstRow ?? '?'}.`,
  'code.duplicate': (p) => `Code client déjà présent à la ligne ${p.firstRow ?? '?'}.`,
  'phone.invalid': (p) => `Numéro de téléphone invalide${quoted(p.value)}${p.country ? ` (pays ${p.country})` : ''}.`,
  'phone.leadingZeroRestored': (p) =>
    `Numéro enregistré comme nombre par Excel${quoted(p.value)}\u00a0: lu comme ${p.restored ?? '?'}, à vérifier.`,
  'phone.prefixAssumed': (p) => `Numéro écrit sans 0 ni indicatif${quoted(p.value)}\u00a0: lu comme ${p.restored ?? '?'}, à vérifier.`,
  'vat.invalid': (p) => `Numéro de TVA / IDE invalide${quoted(p.value)}\u00a0: CHE-123.456.789 ou numéro de TVA européen attendu.`,
  'vat.checkDigit': (p) => `Numéro IDE${quoted(p.value)} incorrect\u00a0: le chiffre de contrôle ne correspond pas.`,
  'postalCode.invalid': (p) =>
    `Code postal invalide${quoted(p.value)}${p.digits ? `\u00a0: ${p.digits} chiffres attendus` : ''}${p.country ? ` (pays ${p.country})` : ''}.`,
  'postalCode.leadingZeroRestored': (p) =>
    `Code postal enregistré comme nombre par Excel${quoted(p.value)}\u00a0: zéro initial rétabli (${p.restored ?? '?'}).`,
  'postalCode.leadingZeroAssumed': (p) =>
    `Code postal écrit avec 4 chiffres${quoted(p.value)}\u00a0: lu comme ${p.restored ?? '?'}${p.country ? ` (pays ${p.country})` : ''}, à vérifier.`,
  'country.unknown': (p) => `Pays inconnu${quoted(p.value)}.`,
  'nationality.unknown': (p) => `Nationalité inconnue${quoted(p.value)}.`,
  'language.unknown': (p) => `Langue inconnue${quoted(p.value)}\u00a0: français, allemand, italien ou anglais.`,
  'date.invalid': (p) => `Date illisible${quoted(p.value)}\u00a0: jj.mm.aaaa, jj/mm/aaaa ou aaaa-mm-jj attendu.`,
  'date.impossible': (p) => `Date impossible${quoted(p.value)}\u00a0: ce jour n'existe pas.`,
  'date.ambiguous': (p) => `Date au format mois/jour${quoted(p.value)}\u00a0: écrivez-la jour.mois.année.`,
  'date.future': (p) => `Date de naissance dans le futur${quoted(p.value)}.`,
  'date.tooOld': (p) => `Date de naissance antérieure à 1900${quoted(p.value)}.`,
  'template.exampleRow': () => 'Ligne d’exemple du modèle\u00a0: elle n’est pas importée.',
};

/**
 * The sheet's French texts, the reference catalogue: the issues (cell notes, the "Anomalies" column, the pane's
 * report), the store's reasons for refusing an import row, and the short form of a row with too many messages.
 */
export const sheetMessagesFr = {
  issues: issueMessagesFr,
  rowErrors: {
    'match.ambiguous':
      'Le code client et l’adresse e-mail désignent deux clients différents\u00a0: ligne non importée, vérifiez lequel est le bon.',
    'match.notFound':
      'Aucun client existant ne correspond (ni par code client, ni par e-mail)\u00a0: ligne non importée en mode mise à jour.',
    'match.exists': 'Ce client existe déjà (même code client ou même e-mail)\u00a0: ligne non importée en mode création.',
    'email.taken': 'Cette adresse e-mail appartient déjà à un autre client.',
    'code.taken': 'Ce code client appartient déjà à un autre client (éventuellement supprimé).',
    'version.unknown':
      'Version inconnue\u00a0: «\u00a0version\u00a0» doit être une version déjà enregistrée de ce client (de 1 à sa version actuelle)\u00a0: ligne non importée.',
    'version.conflict':
      'Modifié à la fois dans la feuille et dans la base, avec des valeurs différentes, depuis le remplissage de la ligne\u00a0: ligne non importée, choisissez la bonne valeur.',
    'duplicate.probable':
      'Ce client existe probablement déjà (voir les clients proposés)\u00a0: ligne non importée, choisissez «\u00a0C’est le même client\u00a0» ou «\u00a0Créer quand même\u00a0».',
  } satisfies Record<ImportRowErrorCode, string>,
  rowSummary: (count: number, headers: string) => `${formatNumber(count, 'fr')} anomalies\u00a0: ${headers}`,
  /** After a message put in the "Anomalies" column because its cell holds a threaded comment (no note possible there). */
  commentedCell: '(la cellule a un commentaire\u00a0: pas de note possible)',
  /** A row reason about one column: "Email * : Adresse e-mail invalide." */
  aboutColumn: (header: string, text: string) => `${header}\u00a0: ${text}`,
  reasonSeparator: '\u00a0; ',
  importStatus: {
    created: (day: string) => `Créé le ${day}`,
    updated: (day: string) => `Mis à jour le ${day}`,
    unchanged: (day: string) => `Inchangé le ${day}`,
    failed: (reason: string) => `Erreur\u00a0: ${reason}`,
    /** The sheet and the store changed these columns differently: nothing of the row was written. */
    conflict: (headers: string) => `Conflit\u00a0: ${headers}`,
    /** Not created: probably the client `code` of the store (and `others` more candidates). */
    duplicate: (code: string, others: number) =>
      others > 0 ? `Doublon probable de ${code} (+${formatNumber(others, 'fr')})` : `Doublon probable de ${code}`,
    duplicateUnknown: 'Doublon probable',
    refused: 'ligne refusée par la base clients',
    notImported: 'Non importé',
    reverted: (day: string) => `Import annulé le ${day}`,
  },
  /** What a refresh from the store ("Actualiser depuis la base") says of a row in its "Statut import" cell. */
  refreshStatus: {
    refreshed: (day: string) => `Actualisé le ${day}`,
    deleted: 'Supprimé dans la base',
    unknownCode: 'Code inconnu dans la base',
    conflict: (headers: string) => `Conflit\u00a0: ${headers}`,
  },
  /** The separator of a day written into the sheet: 27.11.2026. */
  daySeparator: '.',
};

export type SheetMessages = typeof sheetMessagesFr;
