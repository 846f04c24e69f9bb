import type { StoreClientErrorCode } from '../../api-client/StoreClientError';
import type { SettingsDraftErrorCode } from '../store/validateSettingsDraft';
import type { FileImportErrorCode } from '../../excel/files/FileImportError';
import { clientsFr } from '../clients/messages/clientsFr';

const storeErrors: Record<StoreClientErrorCode, string> = {
  unreachable: 'le magasin ne répond pas',
  timeout: 'le magasin a mis trop de temps à répondre',
  aborted: 'la vérification a été interrompue',
  invalid_response: "la réponse n'est pas celle d'un magasin Suivi Clients",
  unauthorized: 'jeton refusé',
  forbidden_origin: "ce volet n'est pas autorisé par le magasin (origine refusée)",
  not_found: 'adresse introuvable sur ce magasin',
  validation_failed: 'données refusées par le magasin',
  conflict: 'conflit avec une modification plus récente',
  precondition_required: 'version attendue manquante',
  payload_too_large: 'requête trop volumineuse',
  idempotency_mismatch: 'requête déjà reçue avec un autre contenu',
  rate_limited: 'trop de requêtes, réessayez dans un instant',
  internal: 'erreur interne du magasin',
};

const draftErrors: Record<SettingsDraftErrorCode, string> = {
  url_required: "Indiquez l'adresse du magasin.",
  url_invalid: 'Adresse invalide : elle commence par https:// (ou http://).',
  token_required: 'Indiquez le jeton du magasin.',
};

const databaseNames: Record<'sqlite' | 'postgres', string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** The French catalogue: the reference. Every other language has exactly these keys (`Messages`). */
export const fr = {
  appTitle: 'Suivi Clients',
  tabs: {
    label: 'Sections du volet',
    importer: 'Importer',
    clients: 'Clients',
  },
  status: {
    label: 'État du magasin',
    checking: 'Vérification du magasin…',
    notConfigured: 'Magasin non configuré',
    connected: 'Connecté',
    connectedDetails: (database: 'sqlite' | 'postgres', homeCountry: string) =>
      `Base ${databaseNames[database]} · pays de référence ${homeCountry}`,
    tokenRefused: 'Jeton refusé',
    tokenRefusedHint: 'Vérifiez le jeton dans les paramètres.',
    unreachable: 'Magasin injoignable',
    unreachableHint: "Vérifiez l'adresse du magasin et qu'il est démarré.",
    failed: (code: StoreClientErrorCode) => `Erreur du magasin : ${storeErrors[code]}`,
    recheck: 'Vérifier à nouveau',
  },
  settings: {
    open: 'Paramètres du magasin',
    title: 'Paramètres du magasin',
    close: 'Fermer les paramètres',
    storeUrl: 'Adresse du magasin',
    storeUrlHint: 'Par exemple https://clients.mon-entreprise.ch',
    token: "Jeton d'accès",
    tokenHint: 'Fourni par la personne qui administre le magasin (npm run store -- token create NOM).',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Paramètres enregistrés.',
    saveFailed: "Les paramètres n'ont pas pu être enregistrés dans le classeur.",
    test: 'Tester la connexion',
    testing: 'Test en cours…',
    testConnected: (database: 'sqlite' | 'postgres', homeCountry: string) =>
      `Connexion réussie : base ${databaseNames[database]}, pays de référence ${homeCountry}.`,
    testTokenRefused: 'Le magasin répond mais refuse ce jeton.',
    testUnreachable: 'Le magasin est injoignable à cette adresse.',
    testFailed: (code: StoreClientErrorCode) => `Échec : ${storeErrors[code]}.`,
    fromLocalStore: 'Préconfiguré avec le magasin local (npm start).',
    draftError: (code: SettingsDraftErrorCode) => draftErrors[code],
  },
  importer: {
    title: 'Importer une liste de clients',
    sheetLabel: 'Feuille active',
    sheetLoading: 'Lecture de la feuille active…',
    sheetSummary: (rows: number, columns: number) =>
      `${rows} ${rows > 1 ? 'lignes' : 'ligne'} · ${columns} ${columns > 1 ? 'colonnes' : 'colonne'}`,
    sheetEmpty: 'Feuille vide',
    sheetError: (reason: string) => `Impossible de lire la feuille active. ${reason}`,
    refresh: 'Actualiser la feuille active',
    stepsTitle: "Les étapes de l'import",
    steps: [
      'Insérer le modèle de clients, ou ouvrir votre propre liste.',
      'Valider la feuille : chaque cellule invalide est marquée, avec la raison.',
      'Importer les lignes valides dans le magasin : chaque ligne reçoit son code client.',
    ],
    stepsComing: 'Ces étapes arrivent avec les prochaines versions du complément.',
    insertTemplate: 'Insérer le modèle',
    templateInserted: (sheetName: string) => `Modèle inséré dans la feuille « ${sheetName} ».`,
    validate: 'Valider la feuille',
    validating: 'Validation…',
    clearMarks: 'Effacer les marques',
    marksCleared: 'Marques effacées : chaque cellule a retrouvé sa mise en forme.',
    noMarks: "Aucune marque à effacer sur cette feuille.",
    actionFailed: (reason: string) => `L'action n'a pas abouti. ${reason}`,
    reportLabel: 'Résultat de la validation',
    summary: (sheetName: string, rows: number, validRows: number) =>
      `« ${sheetName} » : ${validRows} ${validRows > 1 ? 'lignes valides' : 'ligne valide'} sur ${rows}.`,
    markedNotes: (cells: number) => `${cells} ${cells > 1 ? 'cellules marquées' : 'cellule marquée'} (couleur et note).`,
    markedColumn: (cells: number) => `${cells} ${cells > 1 ? 'cellules marquées' : 'cellule marquée'} ; les raisons sont dans la colonne « Anomalies ».`,
    markedColumnTooMany: (cells: number) =>
      `${cells} cellules marquées : trop pour des notes, les raisons sont dans la colonne « Anomalies » (filtrable).`,
    noIssues: 'Aucune anomalie : toutes les lignes sont prêtes à être importées.',
    headerNotFound: "Aucune ligne d'en-têtes reconnue dans les 20 premières lignes.",
    missingColumnsTitle: 'Colonnes obligatoires manquantes',
    addMissingColumns: 'Ajouter les colonnes manquantes',
    columnsAdded: (headers: string) => `Colonnes ajoutées : ${headers}. Complétez-les puis validez à nouveau.`,
    unknownColumnsTitle: 'Colonnes non reconnues (ignorées)',
    issuesTitle: (count: number) => `${count} ${count > 1 ? 'anomalies' : 'anomalie'}`,
    rowTitle: (row: number, count: number) => `Ligne ${row} · ${count} ${count > 1 ? 'anomalies' : 'anomalie'}`,
    issueText: (header: string | null, message: string) => (header ? `${header} : ${message}` : message),
    goToCell: (address: string) => `Aller à la cellule ${address}`,
    moreRows: (count: number) => `… et ${count} autres lignes avec des anomalies (voir les marques dans la feuille).`,
    importButton: 'Importer dans le magasin',
    importing: 'Import…',
    importCancel: 'Annuler',
    importBlocked: {
      no_header: "Import impossible : aucune ligne d'en-têtes reconnue.",
      missing_columns: 'Import impossible : des colonnes obligatoires manquent. Ajoutez-les, complétez-les, puis importez.',
      no_rows: 'Rien à importer : la feuille ne contient aucune ligne de clients.',
    } as Record<'no_header' | 'missing_columns' | 'no_rows', string>,
    importNoStore: "Import impossible : aucun magasin n'est configuré (voir Paramètres).",
    importConfirmTitle: 'Des lignes ont des erreurs',
    importConfirm: (invalid: number, valid: number) =>
      `${invalid} ${invalid > 1 ? 'lignes ont des erreurs et ne seront pas envoyées' : 'ligne a des erreurs et ne sera pas envoyée'}. Importer seulement ${valid > 1 ? `les ${valid} lignes valides` : 'la ligne valide'} ?`,
    importValidOnly: 'Importer les lignes valides',
    importNothingValid: "Aucune ligne valide à importer : corrigez les erreurs marquées, puis importez à nouveau.",
    importProgressLabel: "Progression de l'import",
    importProgress: (done: number, total: number) => `${done} / ${total} lignes importées`,
    importSummaryLabel: "Résultat de l'import",
    importSummary: (c: { created: number; updated: number; unchanged: number; failed: number; notImported: number }) =>
      `Créés : ${c.created} · Mis à jour : ${c.updated} · Inchangés : ${c.unchanged} · En erreur : ${c.failed}` +
      (c.notImported > 0 ? ` · Non importés : ${c.notImported}` : ''),
    importDone: (sheetName: string) => `Import terminé : codes clients et « Statut import » écrits dans « ${sheetName} ».`,
    importCancelled: "Import interrompu : les lignes déjà importées gardent leur statut, les autres sont « Non importé ». Importez à nouveau pour terminer.",
    importFailed: (reason: string) =>
      `Import interrompu : ${reason} Les lignes déjà importées gardent leur statut, les autres sont « Non importé ». Importez à nouveau pour terminer.`,
    importWriteBackFailed: (reason: string) => `Import fait dans le magasin, mais les résultats n'ont pas pu être écrits dans la feuille. ${reason}`,
    failedRowsTitle: 'Lignes en erreur',
    failedRow: (row: number, reason: string) => `Ligne ${row} : ${reason}`,
    revertImport: 'Annuler cet import',
    reverting: 'Annulation…',
    reverted: (count: number, skipped: number) =>
      `Import annulé : ${count} ${count > 1 ? 'clients rétablis' : 'client rétabli'} (créés supprimés, modifiés restaurés).` +
      (skipped > 0 ? ` ${skipped} ${skipped > 1 ? 'clients modifiés depuis ont été laissés' : 'client modifié depuis a été laissé'} tel quel.` : ''),
    revertFailed: (reason: string) => `L'annulation n'a pas abouti. ${reason}`,
    fileZoneLabel: 'Importer un fichier',
    fileDrop: 'Glissez le fichier ou cliquez ici',
    fileHint: (megabytes: number) => `.xlsx ou .csv, ${megabytes} Mo au plus`,
    filePick: 'Choisir un fichier…',
    fileReading: (name: string) => `Ouverture de « ${name} »…`,
    fileOpened: (sheetName: string) => `Fichier ouvert dans la feuille « ${sheetName} », puis validé.`,
    fileErrors: {
      unsupported_type: 'Ce type de fichier n\'est pas pris en charge : choisissez un fichier .xlsx ou .csv.',
      too_large: 'Fichier trop volumineux : 10 Mo au plus (environ 100 000 clients). Découpez-le en plusieurs fichiers.',
      password_protected: 'Ce classeur est protégé par un mot de passe : enregistrez-le sans mot de passe dans Excel, puis réessayez.',
      legacy_xls: 'Ancien format .xls : enregistrez-le au format .xlsx dans Excel, puis réessayez.',
      unreadable: 'Fichier illisible : il est endommagé ou ce n\'est pas un classeur .xlsx ni un fichier .csv.',
      empty: 'Le fichier est vide : aucune valeur à importer.',
    } as Record<FileImportErrorCode, string>,
  },
  clients: clientsFr,
  loading: 'Chargement…',
};

export type Messages = typeof fr;
