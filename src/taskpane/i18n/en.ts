import type { StoreClientErrorCode } from '@/api-client/StoreClientError';
import type { ClientChange } from '@/contract/ClientHistory';
import { anomaliesHeader, countryName, type ColumnKey, type MappingTarget } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';
import type { SettingsDraftErrorCode } from '../store/validateSettingsDraft';
import { targetLabels, type LineConfidence } from '../importer/mappingDraft';
import { unbroken, type Messages } from './fr';
import { duplicatesEn } from './duplicatesEn';
import { reportEn } from './reportEn';

const clientFields: Record<ColumnKey, string> = {
  code: 'Client code',
  title: 'Title',
  lastName: 'Last name',
  firstName: 'First name',
  company: 'Company',
  vatNumber: 'VAT number',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  address: 'Address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  nationality: 'Nationality',
  practiceCountry: 'Country of practice',
  language: 'Language',
  birthDate: 'Birth date',
  notes: 'Notes',
};

const clientChanges: Record<ClientChange, string> = {
  created: 'Creation',
  updated: 'Change',
  deleted: 'Deletion',
  restored: 'Restoration',
  reverted: 'Import undone',
  merged: 'Merge',
  unmerged: 'Merge undone',
};

const clientErrors: Record<StoreClientErrorCode, string> = {
  unreachable: 'The client database does not answer.',
  timeout: 'The client database took too long to answer.',
  aborted: 'The request was interrupted.',
  invalid_response: 'The client database gave an unexpected answer.',
  unauthorized: 'Token refused: check the client database settings.',
  forbidden_origin: 'This pane is not allowed by the client database.',
  not_found: 'This client does not exist (any more) in the client database.',
  validation_failed: 'The client database refused some values.',
  conflict: 'The client database refused the change: it conflicts with other data.',
  'client.possibleDuplicate': 'This client may already exist.',
  precondition_required: 'Expected version missing.',
  payload_too_large: 'Request too large.',
  idempotency_mismatch: 'Request already received with other content.',
  rate_limited: 'Too many requests, try again in a moment.',
  internal: 'Internal error of the client database.',
  store_unavailable: 'The client database is temporarily unavailable: try again in a few seconds.',
};

/** A number as English readers write it (the one number formatter). */
const n = (value: number) => formatNumber(value, 'en');
const valueOrEmpty = (value: string | null) => (value === null ? '(empty)' : `"${value}"`);

const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

// --- Issue 13 (the form's duplicate check): "This client may already exist" in "New client" ---
const similar = (count: number) => plural(count, 'similar profile', 'similar profiles');

const formDuplicatesEn: Messages['clients']['twinWarning'] = {
  title: 'This client may already exist',
  intro: (count) => (count > 1 ? `${similar(count)} in the client database:` : 'A similar profile in the client database:'),
  refused: 'The client was not saved: check these profiles first. If this is another person, choose "Create anyway".',
  open: 'Open profile',
  openLabel: (name) => `Open profile of ${name}`,
  createAnyway: 'Create anyway',
  announced: (count) => `This client may already exist: ${similar(count)} in the client database.`,
  announcedRefused: (count) => `The client was not saved: it may already exist (${similar(count)} in the client database).`,
};
// --- end of issue 13 (form duplicates) ---

/** The "Clients" tab's English texts: the same keys as the French reference. */
export const clientsEn: Messages['clients'] = {
  title: 'Clients in the client database',
  description: 'Find a client by name or browse the list from A to Z, open their profile, edit it or create a new client.',
  notConnected: 'Connect the pane to a client database (settings) to search and create clients.',
  error: (code) => clientErrors[code],
  retry: 'Try again',
  fields: clientFields,
  changes: clientChanges,
  find: {
    searchLabel: 'Search for a client',
    searchPlaceholder: 'Name, first name, company, email, code, city…',
    foreignOnly: 'Foreign clients',
    deletedOnly: 'Deleted clients',
    alphabetLabel: 'Browse by initial of the last name',
    allLetters: 'All',
    letterLabel: (letter) => `Clients whose last name starts with ${letter}`,
    count: (total) => plural(total, 'client', 'clients'),
    loading: 'Searching…',
    emptyTitle: 'No client found',
    emptyBody: 'Try another name or another spelling.',
    emptyDeletedTitle: 'No deleted client found',
    letterFilter: (letter) => `Initial ${letter}`,
    activeFilters: (names) => `${names.length > 1 ? 'Active filters' : 'Active filter'}: ${names.map((name) => `"${name}"`).join(', ')}.`,
    removeFilter: 'Remove the filter',
    removeFilters: 'Remove the filters',
    emptyStore: 'No client in the client database yet.',
    listLabel: 'Search results',
    selectionHint: 'Enter or click: open the profile · Space or Ctrl+click: select',
    loadingMore: 'Loading more…',
    addClient: 'Add a new client',
    insertSelected: (count) => `Insert the selection into the sheet (${n(count)})`,
    insertAll: (count) => `Insert the results into the sheet (${n(count)})`,
    inserting: 'Inserting into the sheet…',
    inserted: (sheetName, rows) => `${plural(rows, 'client inserted', 'clients inserted')} into the sheet "${sheetName}".`,
    insertCapped: (max) => `Only the first ${n(max)} results were inserted.`,
    insertFailed: (reason) => `Inserting into the sheet failed. ${reason}`,
    foreignBadge: 'Foreign',
  },
  profile: {
    back: 'Back to the list',
    details: 'Details',
    delete: 'Delete',
    restore: 'Restore',
    insert: 'Insert into the sheet',
    foreignBadge: 'Foreign client',
    foreignDetails: (nationality, practice) => `Nationality: ${nationality} · Country of practice: ${practice}`,
    contact: 'Contact details',
    information: 'Information',
    empty: '—',
    created: (who, when) => `Created by ${who} on ${when}`,
    updated: (who, when) => `Changed by ${who} on ${when}`,
    deleted: (when) => `Client deleted on ${when}.`,
    restored: 'Client restored.',
    historyTitle: 'History',
    historyLoading: 'Loading the history…',
    historyItem: (version, change, who, when) => `Version ${version} · ${change} by ${who} on ${when}`,
    historyFields: (labels) => `Fields: ${labels}`,
    historyBatch: 'by import',
    sessionOnly: 'This client is not saved: the profile disappears when the pane closes.',
    saveNow: 'Save now',
    deleteTitle: 'Delete this client?',
    deleteBody: (name) =>
      `${name} will be removed from the list of clients. The profile stays in the client database: you will find it with the "Deleted clients" filter and can restore it.`,
    confirmDelete: 'Delete',
    cancel: 'Cancel',
    languages: { fr: 'French', de: 'German', it: 'Italian', en: 'English' },
  },
  form: {
    editTitle: (name) => `Edit ${name}`,
    createTitle: 'New client',
    codeHint: 'Leave empty: the client database assigns the code (CL\u2011000123).',
    save: 'Save',
    saveClient: 'Save the client',
    useWithoutSaving: 'Use without saving',
    saving: 'Saving…',
    cancel: 'Cancel',
    saveBox: "Save the client's information",
    saveBoxHint: 'Unchecked: nothing is sent to the client database or kept; the profile stays visible until the pane closes.',
    fixErrors: (count) => `${plural(count, 'value', 'values')} to fix before saving.`,
    errorEntry: (label, message) => `${label}: ${message}`,
    countryPlaceholder: 'Choose a country',
    noCountry: 'No country matches',
    titles: { none: '—', 'M.': 'Mr', Mme: 'Ms' },
    created: (name, code) => `${name} is saved (code ${code}).`,
    backToList: 'Back to the list',
    createAnother: 'Create another client',
    saved: 'Changes saved.',
    discardTitle: 'Discard the changes?',
    discardBody: 'The values entered will not be saved.',
    discard: 'Discard',
    keepEditing: 'Keep editing',
    unsavedWarning: 'Unsaved changes',
  },
  conflict: {
    title: 'This client was changed in the meantime',
    body: (who, when) => `${who} changed it on ${when}. Their changes:`,
    change: (label, before, after) => `${label}: "${before}" → "${after}"`,
    noFieldChange: 'No template field (a deletion or a restoration).',
    reload: 'Reload their version',
    overwrite: 'Overwrite with my values',
  },
  twinWarning: formDuplicatesEn,
  // Issue 13 item 4 (codes in sentences keep their hyphen unbroken, U+2011): the duplicates already in the base ("Probable duplicates"), merge and its undoing.
  duplicates: {
    open: 'Probable duplicates',
    title: 'Probable duplicates',
    intro: 'Pairs of clients of the base that are probably the same person, the most probable first.',
    loading: 'Looking for duplicates…',
    empty: 'No probable duplicates in the client database.',
    listLabel: 'Pairs of clients that are probably the same',
    pairLabel: (first, second) => `${first} and ${second}`,
    score: (percent) => `Probability ${n(percent)}%`,
    older: 'Oldest',
    createdOn: (date) => `Created on ${date}`,
    sideValue: (label, value) => `${label}: ${value}`,
    merge: 'Merge',
    dismiss: 'Not the same client',
    dismissed: 'Pair set aside: it will not be proposed again.',
    loadMore: 'Show more pairs',
    loadingMore: 'Loading more…',
    back: 'Back to the list',
    chooseTitle: 'Merge two records',
    chooseIntro: (code, otherCode) =>
      `Record ${unbroken(code)} is kept, record ${unbroken(otherCode)} is deleted and points to it. For each field that differs, choose the value to keep.`,
    switchSurvivor: (code) => `Keep record ${unbroken(code)} instead`,
    noDifference: 'Both records have the same values: nothing to choose.',
    emptyValue: '(empty)',
    fieldChoice: (label) => `${label}: value to keep`,
    confirm: 'Confirm the merge',
    merging: 'Merging…',
    cancel: 'Cancel',
    done: (code, otherCode) => `Merge done: record ${unbroken(otherCode)} was merged into record ${unbroken(code)}.`,
    undo: 'Undo the merge',
    undoing: 'Undoing…',
    openProfile: (code) => `Open record ${unbroken(code)}`,
    undone: 'Merge undone: both records are back as they were.',
    historyOther: (change, code) => (change === 'merged' ? `Merged with ${code}` : `Merge with ${code} undone`),
  },
};

/** The value mapping of the coded columns (Civilité, Pays, Nationalité, Pays d'exercice, Langue) in the validation report. */
const valueFixesEn: Messages['importer']['valueFixes'] = {
  title: 'Values to correct',
  intro: 'Values not recognised: choose the right value once, it is written into every cell that holds it.',
  choiceLabel: (column, header, value, count) => `${column} · ${header}: "${value}" ×${n(count)}`,
  leaveAsIs: 'Leave as is',
  suggestion: (value) => `Suggestion: ${value}`,
  noSuggestion: 'No suggestion',
  academic: 'An academic title, not M. or Mme: left as is, the title stays empty.',
  acceptSuggestions: 'Accept the suggestions',
  apply: 'Correct in the sheet',
  applying: 'Correcting…',
  more: (count) => `… and ${plural(count, 'other value', 'other values')} (correct the first ones, then validate again).`,
  applied: (cells, sheetName, skipped) =>
    `${plural(cells, 'cell corrected', 'cells corrected')} in "${sheetName}", then the sheet was validated again.` +
    (skipped > 0
      ? ` ${plural(skipped, 'cell', 'cells')} changed since the validation left as ${skipped === 1 ? 'it is' : 'they are'}.`
      : ''),
};

const commandsEn: Messages['commands'] = {
  importTitle: 'Import',
  importPaneClosed:
    'The Suivi Clients pane is closed. Open it with the ribbon’s “Suivi Clients” button within two minutes: the import of the active sheet will start there on its own.',
  importFailed: (reason: string) => `The import could not be passed to the pane. ${reason}`,
  insertTemplateTitle: 'Insert template',
  insertTemplateFailed: (reason: string) => `The template was not inserted. ${reason}`,
  validateTitle: 'Validate sheet',
  validateFailed: (reason: string) => `The validation did not finish. ${reason}`,
  sheet: (sheetName: string) => `Sheet “${sheetName}”.`,
  noHeader: 'No header row found in the first 20 rows: insert the template or add the headers, then validate again.',
  noRows: 'No client rows below the header row.',
  rows: (rows: number, validRows: number) => `${plural(rows, 'data row', 'data rows')}, ${n(validRows)} valid.`,
  missingColumns: (headers: string[]) => `Missing required columns: ${headers.join(', ')}.`,
  markedNotes: (cells: number) => `${plural(cells, 'cell marked', 'cells marked')}: each cell's note gives the reason.`,
  markedColumn: (cells: number) => `${plural(cells, 'cell marked', 'cells marked')}: the reasons are in the “${anomaliesHeader}” column.`,
  tooManyForNotes: 'Too many for notes.',
  withoutNote: (cells: number) =>
    cells === 1
      ? 'One of these cells already had a note of its own: only its colour shows it.'
      : `${n(cells)} of these cells already had a note of their own: only their colour shows them.`,
  withComment: (cells: number) =>
    cells === 1
      ? `One of these cells has a comment, where no note is possible: its reason is in the “${anomaliesHeader}” column.`
      : `${n(cells)} of these cells have a comment, where no note is possible: their reasons are in the “${anomaliesHeader}” column.`,
  exampleRow: (row) => `Row ${n(row)} is the template’s example row: it is not imported.`,
  noIssues: 'No issues.',
  openPane: 'Open Suivi Clients (Import tab) for the detailed list.',
  refreshTitle: 'Refresh from the client base',
  refreshFailed: (reason: string) => `The refresh did not complete. ${reason}`,
  refreshConflictRow: (row: number, fields: string) => `Row ${n(row)}: ${fields} changed in the sheet and in the client base, left as is.`,
  refreshMoreConflicts: (rows: number) => `And ${plural(rows, 'other row in conflict', 'other rows in conflict')}.`,
};

/** What a source column can feed, as the mapping step's dropdown lists it: the template's fields (required ones with *). */
const mappingTargetsEn = targetLabels((column) => column.label, {
  fullName: 'Full name (Nom and Prénom)',
  birthDay: 'Day of birth',
  birthMonth: 'Month of birth',
  birthYear: 'Year of birth',
  ignore: 'Do not import',
});

const lineConfidencesEn: Record<LineConfidence, string> = {
  exact: 'Sure',
  strong: 'Likely',
  weak: 'To check',
  user: 'Chosen by you',
  unknown: 'Not recognised',
  other: 'Not read',
};

const mappingEn: Messages['mapping'] = {
  title: 'Column mapping',
  open: 'Check the column mapping',
  close: 'Hide the column mapping',
  intro: 'For each column of the sheet, choose the template field it fills.',
  headerNotFound: 'No header row recognised: these are the columns of the first filled row. Say what each one holds.',
  linesLabel: 'Columns of the sheet',
  lineLabel: (header: string, column: string) => `${header} (column ${column})`,
  noSamples: 'No values',
  target: (target: MappingTarget) => mappingTargetsEn[target],
  confidence: (confidence: LineConfidence) => lineConfidencesEn[confidence],
  alternatives: (headers: readonly string[]) => `also: ${headers.join(', ')}`,
  readInstead: (key: ColumnKey, header: string, column: string) => `“${clientFields[key]}” is read from column ${column} “${header}”`,
  unfedTitle: 'Required fields without a column',
  unfedRequired: (key: ColumnKey) => `No column provides the required field “${clientFields[key]}”.`,
  apply: 'Apply and validate',
  cancel: 'Cancel',
  remembered: 'Saved mapping applied',
  rememberedBy: (who: string, day: string) => `Saved by ${who} on ${day}.`,
  review: 'Review',
  confirmed: 'Your column mapping is applied.',
  saving: 'Saving the mapping in the client database…',
  saved: 'Mapping saved in the client database: it will be applied to the next sheets with these headers.',
  saveFailed: (reason: string | null) =>
    `The mapping could not be saved in the client database${reason === null ? '' : ` (${reason})`}. It still applies to this sheet while the pane stays open.`,
};

const storeErrors: Record<StoreClientErrorCode, string> = {
  unreachable: 'the client database does not answer',
  timeout: 'the client database took too long to answer',
  aborted: 'the check was interrupted',
  invalid_response: 'the answer is not from a Suivi Clients client database',
  unauthorized: 'token refused',
  forbidden_origin: 'this pane is not allowed by the client database (origin refused)',
  not_found: 'address not found on this client database',
  validation_failed: 'data refused by the client database',
  conflict: 'conflict with a more recent change',
  'client.possibleDuplicate': 'this client may already exist',
  precondition_required: 'expected version missing',
  payload_too_large: 'request too large',
  idempotency_mismatch: 'request already received with other content',
  rate_limited: 'too many requests, try again in a moment',
  internal: 'internal error of the client database',
  store_unavailable: 'client database temporarily unavailable, try again in a few seconds',
};

const draftErrors: Record<SettingsDraftErrorCode, string> = {
  url_required: 'Enter the address of the client database.',
  url_invalid: 'Invalid address: it starts with https:// (or http://).',
  token_required: 'Enter the token of the client database.',
};

/** What the status line calls the store's database: the user's words, never the engine's name. */
const databaseNames: Record<'sqlite' | 'postgres', string> = { sqlite: 'Local database', postgres: 'Server' };

export const en: Messages = {
  appTitle: 'Suivi Clients',
  tabs: {
    label: 'Pane sections',
    importer: 'Import',
    clients: 'Clients',
  },
  status: {
    label: 'Client database status',
    checking: 'Checking the client database…',
    notConfigured: 'Client database not configured',
    connected: 'Connected',
    connectedDetails: (database, homeCountry) => `${databaseNames[database]} · home country ${countryName(homeCountry, 'en')}`,
    tokenRefused: 'Token refused',
    tokenRefusedHint: 'Check the token in the settings.',
    unreachable: 'Client database unreachable',
    unreachableHint: 'Check the address of the client database and that it is running.',
    failed: (code) => `Client database error: ${storeErrors[code]}`,
    recheck: 'Check again',
  },
  settings: {
    open: 'Client database settings',
    title: 'Client database settings',
    close: 'Close the settings',
    storeUrl: 'Client database address',
    storeUrlHint: 'For example https://clients.my-company.ch',
    token: 'Access token',
    tokenHint: 'Given by whoever runs the client database.',
    help: 'Help',
    helpLabel: 'Help: getting an access token (new window)',
    helpPage: 'help.html#token',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Settings saved.',
    saveFailed: 'The settings could not be saved in the workbook.',
    test: 'Test connection',
    testing: 'Testing…',
    testConnected: (database, homeCountry) =>
      `Connection succeeded: ${databaseNames[database]}, home country ${countryName(homeCountry, 'en')}.`,
    testTokenRefused: 'The client database answers but refuses this token.',
    testUnreachable: 'The client database cannot be reached at this address.',
    testFailed: (code) => `Failed: ${storeErrors[code]}.`,
    fromLocalStore: 'Preconfigured with the local client database of this computer.',
    draftError: (code) => draftErrors[code],
  },
  importer: {
    title: 'Import a client list',
    sheetLabel: 'Active sheet',
    sheetLoading: 'Reading the active sheet…',
    sheetSummary: (rows, columns) => `${n(rows)} ${rows === 1 ? 'row' : 'rows'} · ${n(columns)} ${columns === 1 ? 'column' : 'columns'}`,
    sheetEmpty: 'Empty sheet',
    sheetError: (reason) => `The active sheet could not be read. ${reason}`,
    refresh: 'Refresh the active sheet',
    stepsTitle: 'The steps of an import',
    steps: [
      'Insert the client template, or open your own list.',
      'Validate the sheet: every invalid cell is marked, with the reason.',
      'Import the valid rows into the client database: each row gets its client code.',
    ],
    stepsComing: 'These steps come with the next versions of the add-in.',
    insertTemplate: 'Insert the template',
    templateInserted: (sheetName) => `Template inserted in the sheet "${sheetName}".`,
    validate: 'Validate the sheet',
    validating: 'Validating…',
    clearMarks: 'Clear the marks',
    liveValidation: 'Validate as you type',
    liveValidationHint: 'Once the sheet is validated, every row you change is checked at once and its marks follow.',
    liveValidationUnsupported: 'Not available in this version of Excel: it does not report cell changes (ExcelApi 1.7).',
    liveValidationFailed: (reason) => `Validation as you type did not complete. ${reason}`,
    marksCleared: 'Marks cleared: every cell has its own formatting back.',
    noMarks: 'No marks to clear on this sheet.',
    actionFailed: (reason) => `The action did not complete. ${reason}`,
    reportLabel: 'Validation result',
    summary: (sheetName, rows, validRows) => `"${sheetName}": ${n(validRows)} valid ${validRows === 1 ? 'row' : 'rows'} out of ${n(rows)}.`,
    markedNotes: (cells) => `${n(cells)} ${cells === 1 ? 'cell' : 'cells'} marked (colour and note).`,
    markedColumn: (cells) => `${n(cells)} ${cells === 1 ? 'cell' : 'cells'} marked; the reasons are in the "Anomalies" column.`,
    markedColumnTooMany: (cells) =>
      `${n(cells)} cells marked: too many for notes, the reasons are in the "Anomalies" column (which you can filter).`,
    noIssues: 'No issues: every row is ready to import.',
    headerNotFound: 'No header row recognised in the first 20 rows.',
    missingColumnsTitle: 'Missing required columns',
    addMissingColumns: 'Add the missing columns',
    columnsAdded: (headers) => `Columns added: ${headers}. Fill them in, then validate again.`,
    unknownColumnsTitle: 'Unrecognised columns (ignored)',
    columnChoicesTitle: 'Columns to check',
    issuesTitle: (count) => `${n(count)} ${count === 1 ? 'issue' : 'issues'}`,
    issueText: (header, message) => (header ? `${header}: ${message}` : message),
    goToCell: (address) => `Go to cell ${address}`,
    moreRows: (count) => `… and ${n(count)} more rows with issues (see the marks in the sheet).`,
    valueFixes: valueFixesEn,
    report: reportEn,
    importButton: 'Import into the client database',
    importing: 'Importing…',
    importCancel: 'Cancel',
    importBlocked: {
      no_header: 'Cannot import: no header row found.',
      missing_columns: 'Cannot import: required columns are missing. Add them, fill them in, then import.',
      no_rows: 'Nothing to import: the sheet has no client rows.',
    },
    importNoStore: 'Cannot import: no client database is configured (see Settings).',
    importConfirmTitle: 'Some rows have errors',
    importConfirm: (invalid, valid) =>
      `${n(invalid)} ${invalid > 1 ? 'rows have errors and will not be sent' : 'row has errors and will not be sent'}. Import only the ${n(valid)} valid ${valid > 1 ? 'rows' : 'row'}?`,
    importValidOnly: 'Import the valid rows',
    importNothingValid: 'No valid row to import: fix the marked errors, then import again.',
    importProgressLabel: 'Import progress',
    importProgress: (done, total) => `${n(done)} / ${n(total)} rows imported`,
    importSummaryLabel: 'Import result',
    importSummary: (c) =>
      `Created: ${n(c.created)} · Updated: ${n(c.updated)} · Unchanged: ${n(c.unchanged)} · Failed: ${n(c.failed)}` +
      ((c.conflict ?? 0) > 0 ? ` · In conflict: ${n(c.conflict ?? 0)}` : '') +
      ((c.duplicate ?? 0) > 0 ? ` · Probable duplicates: ${n(c.duplicate ?? 0)}` : '') +
      (c.notImported > 0 ? ` · Not imported: ${n(c.notImported)}` : ''),
    importDone: (sheetName) => `Import done: client codes and "Statut import" written into "${sheetName}".`,
    importCancelled: 'Import stopped: rows already imported keep their status, the others read "Non importé". Import again to finish.',
    importFailed: (reason) =>
      `Import stopped: ${reason} Rows already imported keep their status, the others read "Non importé". Import again to finish.`,
    importWriteBackFailed: (reason) => `Imported into the client database, but the results could not be written into the sheet. ${reason}`,
    failedRowsTitle: 'Failed rows',
    unchangedLeftOut: (rows) =>
      rows > 1
        ? `${n(rows)} rows unchanged since they were last imported or refreshed were not sent.`
        : '1 row unchanged since it was last imported or refreshed was not sent.',
    importAll: 'Send the unchanged rows too',
    conflicts: {
      title: (rows) => (rows > 1 ? `${n(rows)} rows in conflict with the client database` : '1 row in conflict with the client database'),
      intro:
        'The sheet and the client database changed these fields differently: nothing of these rows was written. Choose the value to keep.',
      row: (row, code) => (code ? `Row ${n(row)} (${code})` : `Row ${n(row)}`),
      field: (header) => `${header}: value to keep`,
      sheetValue: (value) => `Sheet: ${value}`,
      storeValue: (value) => `Database: ${value}`,
      empty: '(empty)',
      keepSheet: 'Keep the sheet',
      keepStore: 'Keep the database',
      keepSheetRow: 'Keep the sheet for this row',
      keepStoreRow: 'Keep the database for this row',
      keepSheetAll: 'Keep the sheet for all',
      keepStoreAll: 'Keep the database for all',
      apply: (rows) => (rows === 0 ? 'Apply the choices' : rows > 1 ? `Apply the choices (${n(rows)} rows)` : 'Apply the choices (1 row)'),
      undecided: 'Choose a value for every field of a row to apply it.',
    },
    // Issue 13 (duplicates at import): the list of probable duplicates and its choices ----------------------------------
    duplicates: duplicatesEn,
    // ---------------------------------------------------------------------------------------------------------------------
    failedRow: (row, reason) => `Row ${n(row)}: ${reason}`,
    revertImport: 'Undo this import',
    reverting: 'Undoing…',
    reverted: (count, skipped) =>
      `Import undone: ${n(count)} ${count > 1 ? 'clients' : 'client'} put back (created ones removed, updated ones restored).` +
      (skipped > 0 ? ` ${n(skipped)} ${skipped > 1 ? 'clients changed since were' : 'client changed since was'} left as is.` : ''),
    revertFailed: (reason) => `The undo did not complete. ${reason}`,
    fileZoneLabel: 'Import a file',
    fileDrop: 'Drop the file or click here',
    fileHint: (megabytes) => `.xlsx or .csv, ${n(megabytes)}\u00a0MB at most`,
    filePick: 'Choose a file…',
    fileReading: (name) => `Opening "${name}"…`,
    fileOpened: (sheetName) => `File opened in the sheet "${sheetName}", then validated.`,
    fileErrors: {
      unsupported_type: 'This type of file is not supported: choose an .xlsx or .csv file.',
      too_large: 'File too large: 10 MB at most (about 100,000 clients). Split it into several files.',
      password_protected: 'This workbook is password-protected: save it without a password in Excel, then try again.',
      legacy_xls: 'Old .xls format: save it as .xlsx in Excel, then try again.',
      open_document: 'OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel, save it as .xlsx, then try again.',
      apple_numbers: 'Apple Numbers file: in Numbers, choose File > Export To > Excel, then import the .xlsx file you get.',
      lock_file:
        'This "~$" file is not the workbook: Excel keeps it while a workbook is open. Choose the file with the same name without "~$".',
      unreadable: 'Unreadable file: it is damaged, or it is neither an .xlsx workbook nor a .csv file.',
      empty: 'The file is empty: no value to import.',
    },
  },
  refresh: {
    action: 'Refresh from the client base',
    refreshing: 'Refreshing…',
    storeMissing: 'First connect the pane to a client base (settings) to refresh the sheet.',
    noCodeColumn: (sheetName) => `The sheet "${sheetName}" has no "Code client" column: nothing to refresh from the client base.`,
    summary: (updatedCells, deletedRows, unknownRows, conflictFields) =>
      [
        `${n(updatedCells)} ${updatedCells > 1 ? 'cells' : 'cell'} updated`,
        ...(deletedRows > 0 ? [`${n(deletedRows)} ${deletedRows > 1 ? 'clients' : 'client'} deleted in the client base`] : []),
        ...(unknownRows > 0 ? [`${n(unknownRows)} ${unknownRows > 1 ? 'codes' : 'code'} unknown to the client base`] : []),
        ...(conflictFields > 0 ? [`${n(conflictFields)} ${conflictFields > 1 ? 'conflicts' : 'conflict'}`] : []),
      ].join(', '),
    conflictsTitle: 'Conflicts: changed in the sheet and in the client base, left as they are in the sheet',
    conflictLine: (row, field, sheet, store) => `Row ${n(row)}, ${field}: sheet ${valueOrEmpty(sheet)}, client base ${valueOrEmpty(store)}`,
    failed: (reason) => `The refresh did not complete. ${reason}`,
  },
  clients: clientsEn,
  commands: commandsEn,
  mapping: mappingEn,
  dialog: {
    close: 'Close',
    defaultTitle: 'Suivi Clients',
  },
  loading: 'Loading…',
};
