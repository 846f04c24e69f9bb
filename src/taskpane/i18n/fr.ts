import type { StoreClientErrorCode } from '../../api-client/StoreClientError';
import type { SettingsDraftErrorCode } from '../store/validateSettingsDraft';

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
  },
  clients: {
    title: 'Clients du magasin',
    description:
      'Retrouvez un client par son nom ou parcourez la liste de A à Z, ouvrez sa fiche, modifiez-la ou créez un nouveau client.',
    emptyTitle: 'Pas encore de recherche',
    emptyBody: "La recherche et les fiches clients ne sont pas encore disponibles dans cette version.",
  },
  loading: 'Chargement…',
};

export type Messages = typeof fr;
