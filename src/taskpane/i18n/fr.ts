import type { StoreClientErrorCode } from '@/api-client/StoreClientError';
import type { ClientChange } from '@/contract/ClientHistory';
import { anomaliesHeader, countryName, type ColumnKey, type MappingTarget } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';
import type { FileImportErrorCode } from '@/excel/files/FileImportError';
import { targetLabels, type LineConfidence } from '../importer/mappingDraft';
import type { SettingsDraftErrorCode } from '../store/validateSettingsDraft';
import { duplicatesFr } from './duplicatesFr';
import { reportFr } from './reportFr';

const clientFields: Record<ColumnKey, string> = {
  code: 'Code client',
  title: 'Civilité',
  lastName: 'Nom',
  firstName: 'Prénom',
  company: 'Société',
  vatNumber: 'N° TVA / IDE',
  email: 'Email',
  phone: 'Téléphone',
  mobile: 'Mobile',
  address: 'Adresse',
  postalCode: 'NPA',
  city: 'Localité',
  country: 'Pays',
  nationality: 'Nationalité',
  practiceCountry: "Pays d'exercice",
  language: 'Langue',
  birthDate: 'Date de naissance',
  notes: 'Notes',
};

const clientChanges: Record<ClientChange, string> = {
  created: 'Création',
  updated: 'Modification',
  deleted: 'Suppression',
  restored: 'Restauration',
  reverted: 'Annulation d’import',
  merged: 'Fusion',
  unmerged: 'Fusion annulée',
};

const clientErrors: Record<StoreClientErrorCode, string> = {
  unreachable: 'La base clients ne répond pas.',
  timeout: 'La base clients a mis trop de temps à répondre.',
  aborted: 'La demande a été interrompue.',
  invalid_response: "La réponse de la base clients n'est pas celle attendue.",
  unauthorized: 'Jeton refusé\u00a0: vérifiez les paramètres de la base clients.',
  forbidden_origin: "Ce volet n'est pas autorisé par la base clients.",
  not_found: "Ce client n'existe pas (ou plus) dans la base clients.",
  validation_failed: 'La base clients a refusé certaines valeurs.',
  conflict: 'La base clients a refusé la modification\u00a0: conflit avec une autre donnée.',
  'client.possibleDuplicate': 'Ce client existe peut-être déjà.',
  precondition_required: 'Version attendue manquante.',
  payload_too_large: 'Requête trop volumineuse.',
  idempotency_mismatch: 'Requête déjà reçue avec un autre contenu.',
  rate_limited: 'Trop de requêtes, réessayez dans un instant.',
  internal: 'Erreur interne de la base clients.',
  store_unavailable: 'La base clients est momentanément indisponible\u00a0: réessayez dans quelques secondes.',
};

/** A number as Swiss French readers write it (the one number formatter). */
const n = (value: number) => formatNumber(value, 'fr');
const valueOrEmpty = (value: string | null) => (value === null ? '(vide)' : `«\u00a0${value}\u00a0»`);

/** A client code in a sentence: its hyphens do not break the line ("CL‑000123", U+2011). */
export const unbroken = (code: string) => code.replace(/-/g, '\u2011');

const plural = (count: number, one: string, many: string) => `${n(count)} ${count > 1 ? many : one}`;

/**
 * A sentence about a named client, agreed with its civility: Mme → "Nadia Gaillard est enregistrée", M. → "… est
 * enregistré"; without a civility, a phrasing that needs no agreement ("La fiche de … est enregistrée").
 */
const agreed = (title: string | null | undefined, forms: { feminine: string; masculine: string; neutral: string }) =>
  title === 'Mme' ? forms.feminine : title === 'M.' ? forms.masculine : forms.neutral;

// --- Issue 13 (the form's duplicate check): « Ce client existe peut-être déjà » in « Nouveau client » ---
const similar = (count: number) => plural(count, 'fiche semblable', 'fiches semblables');

/** The new client's probable twins in the store, as typed and when the store refused to create it. */
const formDuplicatesFr = {
  title: 'Ce client existe peut-être déjà',
  intro: (count: number) =>
    count > 1 ? `${similar(count)} dans la base clients\u00a0:` : 'Une fiche semblable dans la base clients\u00a0:',
  refused:
    "Le client n'a pas été enregistré\u00a0: vérifiez d'abord ces fiches. Si c'est une autre personne, choisissez «\u00a0Créer quand même\u00a0».",
  open: 'Ouvrir la fiche',
  openLabel: (name: string) => `Ouvrir la fiche de ${name}`,
  createAnyway: 'Créer quand même',
  announced: (count: number) => `Ce client existe peut-être déjà\u00a0: ${similar(count)} dans la base clients.`,
  announcedRefused: (count: number) =>
    `Le client n'a pas été enregistré\u00a0: il existe peut-être déjà (${similar(count)} dans la base clients).`,
};
// --- end of issue 13 (form duplicates) ---

/** The "Clients" tab's French texts (the reference catalogue). */
export const clientsFr = {
  title: 'Clients de la base',
  description: 'Retrouvez un client par son nom ou parcourez la liste de A à Z, ouvrez sa fiche, modifiez-la ou créez un nouveau client.',
  notConnected: 'Connectez le volet à une base clients (paramètres) pour rechercher et créer des clients.',
  error: (code: StoreClientErrorCode) => clientErrors[code],
  retry: 'Réessayer',
  fields: clientFields,
  changes: clientChanges,
  find: {
    searchLabel: 'Rechercher un client',
    searchPlaceholder: 'Nom, prénom, société, email, code, localité…',
    foreignOnly: 'Clients étrangers',
    deletedOnly: 'Clients supprimés',
    alphabetLabel: 'Parcourir par initiale du nom',
    allLetters: 'Tous',
    letterLabel: (letter: string) => `Clients dont le nom commence par ${letter}`,
    count: (total: number) => plural(total, 'client', 'clients'),
    loading: 'Recherche…',
    emptyTitle: 'Aucun client trouvé',
    emptyBody: 'Essayez un autre nom ou une autre orthographe.',
    emptyDeletedTitle: 'Aucun client supprimé trouvé',
    letterFilter: (letter: string) => `Initiale ${letter}`,
    activeFilters: (names: string[]) =>
      `${names.length > 1 ? 'Filtres actifs' : 'Filtre actif'}\u00a0: ${names.map((name) => `«\u00a0${name}\u00a0»`).join(', ')}.`,
    removeFilter: 'Retirer le filtre',
    removeFilters: 'Retirer les filtres',
    emptyStore: 'Aucun client dans la base clients pour l’instant.',
    listLabel: 'Résultats de la recherche',
    selectionHint: 'Entrée ou clic\u00a0: ouvrir la fiche · Espace ou Ctrl+clic\u00a0: sélectionner',
    loadingMore: 'Chargement de la suite…',
    addClient: 'Ajouter un nouveau client',
    insertSelected: (count: number) => `Insérer la sélection dans la feuille (${n(count)})`,
    insertAll: (count: number) => `Insérer les résultats dans la feuille (${n(count)})`,
    inserting: 'Insertion dans la feuille…',
    inserted: (sheetName: string, rows: number) =>
      `${plural(rows, 'client inséré', 'clients insérés')} dans la feuille «\u00a0${sheetName}\u00a0».`,
    insertCapped: (max: number) => `Seuls les ${n(max)} premiers résultats ont été insérés.`,
    insertFailed: (reason: string) => `L'insertion dans la feuille n'a pas abouti. ${reason}`,
    foreignBadge: 'Étranger',
  },
  profile: {
    back: 'Retour à la liste',
    details: 'Détails',
    delete: 'Supprimer',
    restore: 'Restaurer',
    insert: 'Insérer dans la feuille',
    foreignBadge: 'Client étranger',
    foreignDetails: (nationality: string, practice: string) => `Nationalité\u00a0: ${nationality} · Pays d'exercice\u00a0: ${practice}`,
    contact: 'Coordonnées',
    information: 'Informations',
    empty: '—',
    created: (who: string, when: string) => `Créé par ${who} le ${when}`,
    updated: (who: string, when: string) => `Modifié par ${who} le ${when}`,
    deleted: (when: string) => `Client supprimé le ${when}.`,
    restored: 'Client restauré.',
    historyTitle: 'Historique',
    historyLoading: "Chargement de l'historique…",
    historyItem: (version: number, change: string, who: string, when: string) => `Version ${version} · ${change} par ${who} le ${when}`,
    historyFields: (labels: string) => `Champs\u00a0: ${labels}`,
    historyBatch: 'par import',
    sessionOnly: "Ce client n'est pas enregistré\u00a0: sa fiche disparaît à la fermeture du volet.",
    saveNow: 'Enregistrer maintenant',
    deleteTitle: 'Supprimer ce client\u00a0?',
    deleteBody: (name: string, title?: string | null) =>
      agreed(title, {
        feminine: `${name} sera retirée de la liste des clients. Sa fiche reste dans la base clients\u00a0: vous la retrouverez avec le filtre «\u00a0Clients supprimés\u00a0» et pourrez la restaurer.`,
        masculine: `${name} sera retiré de la liste des clients. Sa fiche reste dans la base clients\u00a0: vous la retrouverez avec le filtre «\u00a0Clients supprimés\u00a0» et pourrez la restaurer.`,
        neutral: `La fiche de ${name} sera retirée de la liste des clients. Elle reste dans la base clients\u00a0: vous la retrouverez avec le filtre «\u00a0Clients supprimés\u00a0» et pourrez la restaurer.`,
      }),
    confirmDelete: 'Supprimer',
    cancel: 'Annuler',
    languages: { fr: 'Français', de: 'Allemand', it: 'Italien', en: 'Anglais' } as Record<string, string>,
  },
  form: {
    editTitle: (name: string) => `Modifier ${name}`,
    createTitle: 'Nouveau client',
    // A no-break hyphen (U+2011): the example code never breaks across lines.
    codeHint: 'Laissez vide\u00a0: la base clients attribue le code (CL\u2011000123).',
    save: 'Enregistrer',
    saveClient: 'Enregistrer le client',
    useWithoutSaving: 'Utiliser sans enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    saveBox: 'Enregistrer les informations du client',
    saveBoxHint:
      "Décochée\u00a0: rien n'est envoyé à la base clients ni gardé\u00a0; la fiche reste visible jusqu'à la fermeture du volet.",
    fixErrors: (count: number) => `${plural(count, 'valeur à corriger', 'valeurs à corriger')} avant d'enregistrer.`,
    errorEntry: (label: string, message: string) => `${label}\u00a0: ${message}`,
    countryPlaceholder: 'Choisir un pays',
    noCountry: 'Aucun pays ne correspond',
    titles: { none: '—', 'M.': 'M.', Mme: 'Mme' } as Record<string, string>,
    created: (name: string, code: string, title?: string | null) =>
      agreed(title, {
        feminine: `${name} est enregistrée (code ${code}).`,
        masculine: `${name} est enregistré (code ${code}).`,
        neutral: `La fiche de ${name} est enregistrée (code ${code}).`,
      }),
    backToList: 'Retour à la liste',
    createAnother: 'Créer un autre client',
    saved: 'Modifications enregistrées.',
    discardTitle: 'Abandonner les modifications\u00a0?',
    discardBody: 'Les valeurs saisies ne seront pas enregistrées.',
    discard: 'Abandonner',
    keepEditing: 'Continuer la saisie',
    unsavedWarning: 'Modifications non enregistrées',
  },
  conflict: {
    title: 'Ce client a été modifié entre-temps',
    body: (who: string, when: string) => `${who} l'a modifié le ${when}. Ses changements\u00a0:`,
    change: (label: string, before: string, after: string) => `${label}\u00a0: «\u00a0${before}\u00a0» → «\u00a0${after}\u00a0»`,
    noFieldChange: 'Aucun champ du modèle (suppression ou restauration).',
    reload: 'Recharger sa version',
    overwrite: 'Écraser avec mes valeurs',
  },
  twinWarning: formDuplicatesFr,
  // Issue 13 item 4 (codes in sentences keep their hyphen unbroken, U+2011): the duplicates already in the base (« Doublons probables »), merge and its undoing.
  duplicates: {
    open: 'Doublons probables',
    title: 'Doublons probables',
    intro: 'Paires de clients de la base qui sont probablement la même personne, les plus probables d’abord.',
    loading: 'Recherche des doublons…',
    empty: 'Aucun doublon probable dans la base clients.',
    listLabel: 'Paires de clients probablement identiques',
    pairLabel: (first: string, second: string) => `${first} et ${second}`,
    score: (percent: number) => `Probabilité ${n(percent)}\u00a0%`,
    older: 'Plus ancienne',
    createdOn: (date: string) => `Créée le ${date}`,
    sideValue: (label: string, value: string) => `${label}\u00a0: ${value}`,
    merge: 'Fusionner',
    dismiss: 'Pas le même client',
    dismissed: 'Paire écartée\u00a0: elle ne sera plus proposée.',
    loadMore: 'Afficher plus de paires',
    loadingMore: 'Chargement de la suite…',
    back: 'Retour à la liste',
    chooseTitle: 'Fusionner deux fiches',
    chooseIntro: (code: string, otherCode: string) =>
      `La fiche ${unbroken(code)} est conservée, la fiche ${unbroken(otherCode)} est supprimée et renvoie vers elle. Pour chaque champ qui diffère, choisissez la valeur à garder.`,
    switchSurvivor: (code: string) => `Conserver plutôt la fiche ${unbroken(code)}`,
    noDifference: 'Les deux fiches ont les mêmes valeurs\u00a0: rien à choisir.',
    emptyValue: '(vide)',
    fieldChoice: (label: string) => `${label}\u00a0: valeur à garder`,
    confirm: 'Confirmer la fusion',
    merging: 'Fusion…',
    cancel: 'Annuler',
    done: (code: string, otherCode: string) =>
      `Fusion faite\u00a0: la fiche ${unbroken(otherCode)} a été fusionnée dans la fiche ${unbroken(code)}.`,
    undo: 'Annuler la fusion',
    undoing: 'Annulation…',
    openProfile: (code: string) => `Ouvrir la fiche ${unbroken(code)}`,
    undone: 'Fusion annulée\u00a0: les deux fiches sont revenues comme avant.',
    historyOther: (change: 'merged' | 'unmerged', code: string) =>
      change === 'merged' ? `Fusion avec ${code}` : `Fusion annulée avec ${code}`,
  },
};

/** The ribbon commands' texts (their dialog); Excel's errors come from formatOfficeError. */
/** The value mapping of the coded columns (Civilité, Pays, Nationalité, Pays d'exercice, Langue) in the validation report. */
const valueFixesFr = {
  title: 'Valeurs à corriger',
  intro: 'Valeurs non reconnues\u00a0: choisissez une fois la bonne valeur, elle est écrite dans toutes les cellules qui la contiennent.',
  choiceLabel: (column: string, header: string, value: string, count: number) =>
    `${column} · ${header}\u00a0: «\u00a0${value}\u00a0» ×${n(count)}`,
  leaveAsIs: 'Laisser tel quel',
  suggestion: (value: string) => `Suggestion\u00a0: ${value}`,
  noSuggestion: 'Aucune suggestion',
  academic: 'Titre académique, pas une civilité\u00a0: laissé tel quel, la civilité reste vide.',
  acceptSuggestions: 'Accepter les suggestions',
  apply: 'Corriger dans la feuille',
  applying: 'Correction…',
  more: (count: number) => `… et ${plural(count, 'autre valeur', 'autres valeurs')} (corrigez les premières, puis validez à nouveau).`,
  applied: (cells: number, sheetName: string, skipped: number) =>
    `${plural(cells, 'cellule corrigée', 'cellules corrigées')} dans «\u00a0${sheetName}\u00a0», puis la feuille a été validée à nouveau.` +
    (skipped > 0
      ? ` ${plural(skipped, 'cellule modifiée', 'cellules modifiées')} depuis la validation, laissée${skipped > 1 ? 's' : ''} telle${skipped > 1 ? 's' : ''} quelle${skipped > 1 ? 's' : ''}.`
      : ''),
};

const commandsFr = {
  importTitle: 'Importer',
  importPaneClosed:
    'Le volet Suivi Clients est fermé. Ouvrez-le avec le bouton «\u00a0Suivi Clients\u00a0» du ruban dans les deux minutes\u00a0: l’import de la feuille active y démarrera tout seul.',
  importFailed: (reason: string) => `L’import n’a pas pu être demandé au volet. ${reason}`,
  insertTemplateTitle: 'Insérer le modèle',
  insertTemplateFailed: (reason: string) => `Le modèle n'a pas été inséré. ${reason}`,
  validateTitle: 'Valider la feuille',
  validateFailed: (reason: string) => `La validation n'a pas abouti. ${reason}`,
  sheet: (sheetName: string) => `Feuille «\u00a0${sheetName}\u00a0».`,
  noHeader:
    "Aucune ligne d'en-têtes reconnue dans les 20 premières lignes\u00a0: insérez le modèle ou ajoutez les en-têtes, puis validez à nouveau.",
  noRows: "Aucune ligne de clients sous la ligne d'en-têtes.",
  rows: (rows: number, validRows: number) =>
    `${plural(rows, 'ligne de données', 'lignes de données')}, dont ${plural(validRows, 'valide', 'valides')}.`,
  missingColumns: (headers: string[]) => `Colonnes obligatoires manquantes\u00a0: ${headers.join(', ')}.`,
  markedNotes: (cells: number) =>
    `${plural(cells, 'cellule marquée', 'cellules marquées')}\u00a0: la raison est dans la note de chaque cellule.`,
  markedColumn: (cells: number) =>
    `${plural(cells, 'cellule marquée', 'cellules marquées')}\u00a0: les raisons sont dans la colonne «\u00a0${anomaliesHeader}\u00a0».`,
  tooManyForNotes: 'Elles sont trop nombreuses pour des notes.',
  withoutNote: (cells: number) =>
    cells > 1
      ? `${n(cells)} de ces cellules avaient déjà leur propre note\u00a0: seule leur couleur les signale.`
      : 'Une de ces cellules avait déjà sa propre note\u00a0: seule sa couleur la signale.',
  withComment: (cells: number) =>
    cells > 1
      ? `${n(cells)} de ces cellules ont un commentaire, où une note n’est pas possible\u00a0: leur raison est dans la colonne «\u00a0${anomaliesHeader}\u00a0».`
      : `Une de ces cellules a un commentaire, où une note n’est pas possible\u00a0: sa raison est dans la colonne «\u00a0${anomaliesHeader}\u00a0».`,
  exampleRow: (row: number) => `La ligne ${n(row)} est la ligne d’exemple du modèle\u00a0: elle n’est pas importée.`,
  noIssues: 'Aucune anomalie.',
  openPane: 'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
  refreshTitle: 'Actualiser depuis la base',
  refreshFailed: (reason: string) => `L’actualisation n’a pas abouti. ${reason}`,
  refreshConflictRow: (row: number, fields: string) =>
    `Ligne ${n(row)}\u00a0: ${fields} modifié dans la feuille et dans la base, laissé tel quel.`,
  refreshMoreConflicts: (rows: number) => `Et ${plural(rows, 'autre ligne en conflit', 'autres lignes en conflit')}.`,
};

/** French words in guillemets, with the no-break spaces French typography puts inside them. */
const quoted = (text: string) => `\u00ab\u00a0${text}\u00a0\u00bb`;

/** What a source column can feed, as the mapping step's dropdown lists it: the template's headers (required ones with *). */
const mappingTargetsFr = targetLabels((column) => column.header, {
  fullName: 'Nom complet (Nom et Prénom)',
  birthDay: 'Jour de naissance',
  birthMonth: 'Mois de naissance',
  birthYear: 'Année de naissance',
  ignore: 'Ne pas importer',
});

const lineConfidencesFr: Record<LineConfidence, string> = {
  exact: 'Sûr',
  strong: 'Probable',
  weak: 'À vérifier',
  user: 'Choisi par vous',
  unknown: 'Non reconnue',
  other: 'Non lue',
};

/** The Importer tab's mapping step: what each column of the sheet feeds. */
export const mappingFr = {
  title: 'Correspondance des colonnes',
  open: 'Vérifier la correspondance des colonnes',
  close: 'Masquer la correspondance des colonnes',
  intro: 'Pour chaque colonne de la feuille, choisissez le champ du modèle qu\u2019elle remplit.',
  headerNotFound:
    'Aucune ligne d\u2019en-têtes reconnue\u00a0: voici les colonnes de la première ligne remplie. Indiquez ce que chacune contient.',
  linesLabel: 'Colonnes de la feuille',
  lineLabel: (header: string, column: string) => `${header} (colonne ${column})`,
  noSamples: 'Aucune valeur',
  target: (target: MappingTarget) => mappingTargetsFr[target],
  confidence: (confidence: LineConfidence) => lineConfidencesFr[confidence],
  alternatives: (headers: readonly string[]) => `aussi\u00a0: ${headers.join(', ')}`,
  readInstead: (key: ColumnKey, header: string, column: string) =>
    `${quoted(clientFields[key])} est lu dans la colonne ${column} ${quoted(header)}`,
  unfedTitle: 'Champs obligatoires sans colonne',
  unfedRequired: (key: ColumnKey) => `Aucune colonne ne fournit le champ obligatoire ${quoted(clientFields[key])}.`,
  apply: 'Appliquer et valider',
  cancel: 'Annuler',
  remembered: 'Correspondance enregistrée appliquée',
  rememberedBy: (who: string, day: string) => `Enregistrée par ${who} le ${day}.`,
  review: 'Vérifier',
  confirmed: 'Votre correspondance des colonnes est appliquée.',
  saving: 'Enregistrement de la correspondance dans la base clients\u2026',
  saved: 'Correspondance enregistrée dans la base clients\u00a0: elle s\u2019appliquera aux prochaines feuilles qui ont ces en-têtes.',
  saveFailed: (reason: string | null) =>
    `La correspondance n\u2019a pas pu être enregistrée dans la base clients${reason === null ? '' : ` (${reason})`}. Elle s\u2019applique tout de même à cette feuille tant que le volet reste ouvert.`,
};

const storeErrors: Record<StoreClientErrorCode, string> = {
  unreachable: 'la base clients ne répond pas',
  timeout: 'la base clients a mis trop de temps à répondre',
  aborted: 'la vérification a été interrompue',
  invalid_response: "la réponse n'est pas celle d'une base clients Suivi Clients",
  unauthorized: 'jeton refusé',
  forbidden_origin: "ce volet n'est pas autorisé par la base clients (origine refusée)",
  not_found: 'adresse introuvable sur cette base clients',
  validation_failed: 'données refusées par la base clients',
  conflict: 'conflit avec une modification plus récente',
  'client.possibleDuplicate': 'ce client existe peut-être déjà',
  precondition_required: 'version attendue manquante',
  payload_too_large: 'requête trop volumineuse',
  idempotency_mismatch: 'requête déjà reçue avec un autre contenu',
  rate_limited: 'trop de requêtes, réessayez dans un instant',
  internal: 'erreur interne de la base clients',
  store_unavailable: 'base clients momentanément indisponible, réessayez dans quelques secondes',
};

const draftErrors: Record<SettingsDraftErrorCode, string> = {
  url_required: "Indiquez l'adresse de la base clients.",
  url_invalid: 'Adresse invalide\u00a0: elle commence par https:// (ou http://).',
  token_required: 'Indiquez le jeton de la base clients.',
};

/** What the status line calls the store's database: the user's words, never the engine's name. */
const databaseNames: Record<'sqlite' | 'postgres', string> = { sqlite: 'Base locale', postgres: 'Serveur' };

/** The French catalogue: the reference. Every other language has exactly these keys (`Messages`). */
export const fr = {
  appTitle: 'Suivi Clients',
  tabs: {
    label: 'Sections du volet',
    importer: 'Importer',
    clients: 'Clients',
  },
  status: {
    label: 'État de la base clients',
    checking: 'Vérification de la base clients…',
    notConfigured: 'Base clients non configurée',
    connected: 'Connecté',
    connectedDetails: (database: 'sqlite' | 'postgres', homeCountry: string) =>
      `${databaseNames[database]} · pays de référence ${countryName(homeCountry, 'fr')}`,
    tokenRefused: 'Jeton refusé',
    tokenRefusedHint: 'Vérifiez le jeton dans les paramètres.',
    unreachable: 'Base clients injoignable',
    unreachableHint: "Vérifiez l'adresse de la base clients et qu'elle est démarrée.",
    failed: (code: StoreClientErrorCode) => `Erreur de la base clients\u00a0: ${storeErrors[code]}`,
    recheck: 'Vérifier à nouveau',
  },
  settings: {
    open: 'Paramètres de la base clients',
    title: 'Paramètres de la base clients',
    close: 'Fermer les paramètres',
    storeUrl: 'Adresse de la base clients',
    storeUrlHint: 'Par exemple https://clients.mon-entreprise.ch',
    token: "Jeton d'accès",
    tokenHint: 'Fourni par la personne qui administre la base clients.',
    help: 'Aide',
    helpLabel: 'Aide\u00a0: obtenir un jeton d’accès (nouvelle fenêtre)',
    helpPage: 'help.html#jeton',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Paramètres enregistrés.',
    saveFailed: "Les paramètres n'ont pas pu être enregistrés dans le classeur.",
    test: 'Tester la connexion',
    testing: 'Test en cours…',
    testConnected: (database: 'sqlite' | 'postgres', homeCountry: string) =>
      `Connexion réussie\u00a0: ${databaseNames[database]}, pays de référence ${countryName(homeCountry, 'fr')}.`,
    testTokenRefused: 'La base clients répond mais refuse ce jeton.',
    testUnreachable: 'La base clients est injoignable à cette adresse.',
    testFailed: (code: StoreClientErrorCode) => `Échec\u00a0: ${storeErrors[code]}.`,
    fromLocalStore: 'Préconfiguré avec la base clients locale de ce poste.',
    draftError: (code: SettingsDraftErrorCode) => draftErrors[code],
  },
  importer: {
    title: 'Importer une liste de clients',
    sheetLabel: 'Feuille active',
    sheetLoading: 'Lecture de la feuille active…',
    sheetSummary: (rows: number, columns: number) =>
      `${n(rows)} ${rows > 1 ? 'lignes' : 'ligne'} · ${n(columns)} ${columns > 1 ? 'colonnes' : 'colonne'}`,
    sheetEmpty: 'Feuille vide',
    sheetError: (reason: string) => `Impossible de lire la feuille active. ${reason}`,
    refresh: 'Actualiser la feuille active',
    stepsTitle: "Les étapes de l'import",
    steps: [
      'Insérer le modèle de clients, ou ouvrir votre propre liste.',
      'Valider la feuille\u00a0: chaque cellule invalide est marquée, avec la raison.',
      'Importer les lignes valides dans la base clients\u00a0: chaque ligne reçoit son code client.',
    ],
    stepsComing: 'Ces étapes arrivent avec les prochaines versions du complément.',
    insertTemplate: 'Insérer le modèle',
    templateInserted: (sheetName: string) => `Modèle inséré dans la feuille «\u00a0${sheetName}\u00a0».`,
    validate: 'Valider la feuille',
    validating: 'Validation…',
    clearMarks: 'Effacer les marques',
    liveValidation: 'Valider pendant la saisie',
    liveValidationHint: 'Une fois la feuille validée, chaque ligne modifiée est vérifiée aussitôt et ses marques suivent.',
    liveValidationUnsupported:
      'Indisponible dans cette version d’Excel\u00a0: elle ne signale pas les modifications des cellules (ExcelApi 1.7).',
    liveValidationFailed: (reason: string) => `La validation pendant la saisie n’a pas abouti. ${reason}`,
    marksCleared: 'Marques effacées\u00a0: chaque cellule a retrouvé sa mise en forme.',
    noMarks: 'Aucune marque à effacer sur cette feuille.',
    actionFailed: (reason: string) => `L'action n'a pas abouti. ${reason}`,
    reportLabel: 'Résultat de la validation',
    summary: (sheetName: string, rows: number, validRows: number) =>
      `«\u00a0${sheetName}\u00a0»\u00a0: ${n(validRows)} ${validRows > 1 ? 'lignes valides' : 'ligne valide'} sur ${n(rows)}.`,
    markedNotes: (cells: number) => `${n(cells)} ${cells > 1 ? 'cellules marquées' : 'cellule marquée'} (couleur et note).`,
    markedColumn: (cells: number) =>
      `${n(cells)} ${cells > 1 ? 'cellules marquées' : 'cellule marquée'}\u00a0; les raisons sont dans la colonne «\u00a0Anomalies\u00a0».`,
    markedColumnTooMany: (cells: number) =>
      `${n(cells)} cellules marquées\u00a0: trop pour des notes, les raisons sont dans la colonne «\u00a0Anomalies\u00a0» (filtrable).`,
    noIssues: 'Aucune anomalie\u00a0: toutes les lignes sont prêtes à être importées.',
    headerNotFound: "Aucune ligne d'en-têtes reconnue dans les 20 premières lignes.",
    missingColumnsTitle: 'Colonnes obligatoires manquantes',
    addMissingColumns: 'Ajouter les colonnes manquantes',
    columnsAdded: (headers: string) => `Colonnes ajoutées\u00a0: ${headers}. Complétez-les puis validez à nouveau.`,
    unknownColumnsTitle: 'Colonnes non reconnues (ignorées)',
    columnChoicesTitle: 'Colonnes à vérifier',
    issuesTitle: (count: number) => `${n(count)} ${count > 1 ? 'anomalies' : 'anomalie'}`,
    issueText: (header: string | null, message: string) => (header ? `${header}\u00a0: ${message}` : message),
    goToCell: (address: string) => `Aller à la cellule ${address}`,
    moreRows: (count: number) => `… et ${n(count)} autres lignes avec des anomalies (voir les marques dans la feuille).`,
    valueFixes: valueFixesFr,
    report: reportFr,
    importButton: 'Importer dans la base clients',
    importing: 'Import…',
    importCancel: 'Annuler',
    importBlocked: {
      no_header: "Import impossible\u00a0: aucune ligne d'en-têtes reconnue.",
      missing_columns: 'Import impossible\u00a0: des colonnes obligatoires manquent. Ajoutez-les, complétez-les, puis importez.',
      no_rows: 'Rien à importer\u00a0: la feuille ne contient aucune ligne de clients.',
    } as Record<'no_header' | 'missing_columns' | 'no_rows', string>,
    importNoStore: "Import impossible\u00a0: aucune base clients n'est configurée (voir Paramètres).",
    importConfirmTitle: 'Des lignes ont des erreurs',
    importConfirm: (invalid: number, valid: number) =>
      `${n(invalid)} ${invalid > 1 ? 'lignes ont des erreurs et ne seront pas envoyées' : 'ligne a des erreurs et ne sera pas envoyée'}. Importer seulement ${valid > 1 ? `les ${n(valid)} lignes valides` : 'la ligne valide'}\u00a0?`,
    importValidOnly: 'Importer les lignes valides',
    importNothingValid: 'Aucune ligne valide à importer\u00a0: corrigez les erreurs marquées, puis importez à nouveau.',
    importProgressLabel: "Progression de l'import",
    importProgress: (done: number, total: number) => `${n(done)} / ${n(total)} lignes importées`,
    importSummaryLabel: "Résultat de l'import",
    importSummary: (c: {
      created: number;
      updated: number;
      unchanged: number;
      conflict?: number;
      duplicate?: number;
      failed: number;
      notImported: number;
    }) =>
      `Créés\u00a0: ${n(c.created)} · Mis à jour\u00a0: ${n(c.updated)} · Inchangés\u00a0: ${n(c.unchanged)} · En erreur\u00a0: ${n(c.failed)}` +
      ((c.conflict ?? 0) > 0 ? ` · En conflit\u00a0: ${n(c.conflict ?? 0)}` : '') +
      ((c.duplicate ?? 0) > 0 ? ` · Doublons probables\u00a0: ${n(c.duplicate ?? 0)}` : '') +
      (c.notImported > 0 ? ` · Non importés\u00a0: ${n(c.notImported)}` : ''),
    importDone: (sheetName: string) =>
      `Import terminé\u00a0: codes clients et «\u00a0Statut import\u00a0» écrits dans «\u00a0${sheetName}\u00a0».`,
    importCancelled:
      'Import interrompu\u00a0: les lignes déjà importées gardent leur statut, les autres sont «\u00a0Non importé\u00a0». Importez à nouveau pour terminer.',
    importFailed: (reason: string) =>
      `Import interrompu\u00a0: ${reason} Les lignes déjà importées gardent leur statut, les autres sont «\u00a0Non importé\u00a0». Importez à nouveau pour terminer.`,
    importWriteBackFailed: (reason: string) =>
      `Import fait dans la base clients, mais les résultats n'ont pas pu être écrits dans la feuille. ${reason}`,
    failedRowsTitle: 'Lignes en erreur',
    unchangedLeftOut: (rows: number) =>
      rows > 1
        ? `${n(rows)} lignes inchangées depuis leur dernier import ou actualisation n\u2019ont pas été envoyées.`
        : '1 ligne inchangée depuis son dernier import ou actualisation n\u2019a pas été envoyée.',
    importAll: 'Envoyer aussi les lignes inchangées',
    conflicts: {
      title: (rows: number) => (rows > 1 ? `${n(rows)} lignes en conflit avec la base clients` : '1 ligne en conflit avec la base clients'),
      intro:
        'La feuille et la base clients ont modifié ces champs différemment\u00a0: rien de ces lignes n\u2019a été écrit. Choisissez la valeur à garder.',
      row: (row: number, code: string | null) => (code ? `Ligne ${n(row)} (${code})` : `Ligne ${n(row)}`),
      field: (header: string) => `${header}\u00a0: valeur à garder`,
      sheetValue: (value: string) => `Feuille\u00a0: ${value}`,
      storeValue: (value: string) => `Base\u00a0: ${value}`,
      empty: '(vide)',
      keepSheet: 'Garder la feuille',
      keepStore: 'Garder la base',
      keepSheetRow: 'Garder la feuille pour cette ligne',
      keepStoreRow: 'Garder la base pour cette ligne',
      keepSheetAll: 'Garder la feuille pour tous',
      keepStoreAll: 'Garder la base pour tous',
      apply: (rows: number) =>
        rows === 0 ? 'Appliquer les choix' : rows > 1 ? `Appliquer les choix (${n(rows)} lignes)` : 'Appliquer les choix (1 ligne)',
      undecided: 'Choisissez une valeur pour chaque champ d\u2019une ligne pour pouvoir l\u2019appliquer.',
    },
    // Issue 13 (duplicates at import): the list of probable duplicates and its choices ----------------------------------
    duplicates: duplicatesFr,
    // ---------------------------------------------------------------------------------------------------------------------
    failedRow: (row: number, reason: string) => `Ligne ${n(row)}\u00a0: ${reason}`,
    revertImport: 'Annuler cet import',
    reverting: 'Annulation…',
    reverted: (count: number, skipped: number) =>
      `Import annulé\u00a0: ${n(count)} ${count > 1 ? 'clients rétablis' : 'client rétabli'} (créés supprimés, modifiés restaurés).` +
      (skipped > 0
        ? ` ${n(skipped)} ${skipped > 1 ? 'clients modifiés depuis ont été laissés' : 'client modifié depuis a été laissé'} tel quel.`
        : ''),
    revertFailed: (reason: string) => `L'annulation n'a pas abouti. ${reason}`,
    fileZoneLabel: 'Importer un fichier',
    fileDrop: 'Glissez le fichier ou cliquez ici',
    fileHint: (megabytes: number) => `.xlsx ou .csv, ${n(megabytes)}\u00a0Mo au plus`,
    filePick: 'Choisir un fichier…',
    fileReading: (name: string) => `Ouverture de «\u00a0${name}\u00a0»…`,
    fileOpened: (sheetName: string) => `Fichier ouvert dans la feuille «\u00a0${sheetName}\u00a0», puis validé.`,
    fileErrors: {
      unsupported_type: "Ce type de fichier n'est pas pris en charge\u00a0: choisissez un fichier .xlsx ou .csv.",
      too_large: 'Fichier trop volumineux\u00a0: 10\u00a0Mo au plus (environ 100\u202f000 clients). Découpez-le en plusieurs fichiers.',
      password_protected: 'Ce classeur est protégé par un mot de passe\u00a0: enregistrez-le sans mot de passe dans Excel, puis réessayez.',
      legacy_xls: 'Ancien format .xls\u00a0: enregistrez-le au format .xlsx dans Excel, puis réessayez.',
      open_document:
        'Classeur OpenDocument (.ods)\u00a0: ouvrez-le dans LibreOffice ou Excel, enregistrez-le au format .xlsx, puis réessayez.',
      apple_numbers:
        'Fichier Apple Numbers\u00a0: dans Numbers, choisissez Fichier > Exporter vers > Excel, puis importez le fichier .xlsx obtenu.',
      lock_file:
        "Ce fichier «\u00a0~$\u00a0» n'est pas le classeur\u00a0: Excel le crée pendant qu'un classeur est ouvert. Choisissez le fichier du même nom sans «\u00a0~$\u00a0».",
      unreadable: "Fichier illisible\u00a0: il est endommagé ou ce n'est pas un classeur .xlsx ni un fichier .csv.",
      empty: 'Le fichier est vide\u00a0: aucune valeur à importer.',
    } as Record<FileImportErrorCode, string>,
  },
  /** "Actualiser depuis la base": the Importer tab's refresh of the active sheet from the store. */
  refresh: {
    action: 'Actualiser depuis la base',
    refreshing: 'Actualisation…',
    storeMissing: 'Connectez d’abord le volet à une base clients (paramètres) pour actualiser la feuille.',
    noCodeColumn: (sheetName: string) =>
      `La feuille «\u00a0${sheetName}\u00a0» n’a pas de colonne «\u00a0Code client\u00a0»\u00a0: rien à actualiser depuis la base.`,
    summary: (updatedCells: number, deletedRows: number, unknownRows: number, conflictFields: number) =>
      [
        `${n(updatedCells)} ${updatedCells > 1 ? 'cellules mises à jour' : 'cellule mise à jour'}`,
        ...(deletedRows > 0 ? [`${n(deletedRows)} ${deletedRows > 1 ? 'clients supprimés' : 'client supprimé'} dans la base`] : []),
        ...(unknownRows > 0 ? [`${n(unknownRows)} ${unknownRows > 1 ? 'codes inconnus' : 'code inconnu'} de la base`] : []),
        ...(conflictFields > 0 ? [`${n(conflictFields)} ${conflictFields > 1 ? 'conflits' : 'conflit'}`] : []),
      ].join(', '),
    conflictsTitle: 'Conflits\u00a0: modifiés dans la feuille et dans la base, laissés tels quels dans la feuille',
    conflictLine: (row: number, field: string, sheet: string | null, store: string | null) =>
      `Ligne ${n(row)}, ${field}\u00a0: feuille ${valueOrEmpty(sheet)}, base ${valueOrEmpty(store)}`,
    failed: (reason: string) => `L’actualisation n’a pas abouti. ${reason}`,
  },
  clients: clientsFr,
  commands: commandsFr,
  mapping: mappingFr,
  dialog: {
    close: 'Fermer',
    defaultTitle: 'Suivi Clients',
  },
  loading: 'Chargement…',
};

export type Messages = typeof fr;
