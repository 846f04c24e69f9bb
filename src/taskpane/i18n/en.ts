import type { StoreClientErrorCode } from '../../api-client/StoreClientError';
import type { SettingsDraftErrorCode } from '../store/validateSettingsDraft';
import type { Messages } from './fr';

const storeErrors: Record<StoreClientErrorCode, string> = {
  unreachable: 'the store does not answer',
  timeout: 'the store took too long to answer',
  aborted: 'the check was interrupted',
  invalid_response: 'the answer is not from a Suivi Clients store',
  unauthorized: 'token refused',
  forbidden_origin: 'this pane is not allowed by the store (origin refused)',
  not_found: 'address not found on this store',
  validation_failed: 'data refused by the store',
  conflict: 'conflict with a more recent change',
  precondition_required: 'expected version missing',
  payload_too_large: 'request too large',
  idempotency_mismatch: 'request already received with other content',
  rate_limited: 'too many requests, try again in a moment',
  internal: 'internal store error',
};

const draftErrors: Record<SettingsDraftErrorCode, string> = {
  url_required: 'Enter the address of the store.',
  url_invalid: 'Invalid address: it starts with https:// (or http://).',
  token_required: 'Enter the token of the store.',
};

const databaseNames: Record<'sqlite' | 'postgres', string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export const en: Messages = {
  appTitle: 'Suivi Clients',
  tabs: {
    label: 'Pane sections',
    importer: 'Import',
    clients: 'Clients',
  },
  status: {
    label: 'Store status',
    checking: 'Checking the store…',
    notConfigured: 'Store not configured',
    connected: 'Connected',
    connectedDetails: (database, homeCountry) => `${databaseNames[database]} database · home country ${homeCountry}`,
    tokenRefused: 'Token refused',
    tokenRefusedHint: 'Check the token in the settings.',
    unreachable: 'Store unreachable',
    unreachableHint: 'Check the address of the store and that it is running.',
    failed: (code) => `Store error: ${storeErrors[code]}`,
    recheck: 'Check again',
  },
  settings: {
    open: 'Store settings',
    title: 'Store settings',
    close: 'Close the settings',
    storeUrl: 'Store address',
    storeUrlHint: 'For example https://clients.my-company.ch',
    token: 'Access token',
    tokenHint: 'Given by whoever runs the store (npm run store -- token create NAME).',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Settings saved.',
    saveFailed: 'The settings could not be saved in the workbook.',
    test: 'Test connection',
    testing: 'Testing…',
    testConnected: (database, homeCountry) =>
      `Connection succeeded: ${databaseNames[database]} database, home country ${homeCountry}.`,
    testTokenRefused: 'The store answers but refuses this token.',
    testUnreachable: 'The store cannot be reached at this address.',
    testFailed: (code) => `Failed: ${storeErrors[code]}.`,
    fromLocalStore: 'Preconfigured with the local store (npm start).',
    draftError: (code) => draftErrors[code],
  },
  importer: {
    title: 'Import a client list',
    sheetLabel: 'Active sheet',
    sheetLoading: 'Reading the active sheet…',
    sheetSummary: (rows, columns) => `${rows} ${rows === 1 ? 'row' : 'rows'} · ${columns} ${columns === 1 ? 'column' : 'columns'}`,
    sheetEmpty: 'Empty sheet',
    sheetError: (reason) => `The active sheet could not be read. ${reason}`,
    refresh: 'Refresh the active sheet',
    stepsTitle: 'The steps of an import',
    steps: [
      'Insert the client template, or open your own list.',
      'Validate the sheet: every invalid cell is marked, with the reason.',
      'Import the valid rows into the store: each row gets its client code.',
    ],
    stepsComing: 'These steps come with the next versions of the add-in.',
  },
  clients: {
    title: 'Clients in the store',
    description: 'Find a client by name or browse the list from A to Z, open their profile, edit it or create a new client.',
    emptyTitle: 'No search yet',
    emptyBody: 'Client search and profiles are not available in this version yet.',
  },
  loading: 'Loading…',
};
