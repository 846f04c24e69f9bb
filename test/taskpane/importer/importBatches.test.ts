import { clientRow } from './support/importSheetRows';
import { describeRowReasons, clientTemplate, validateSheet, columnIndex as columnIndexOfLetter, type Language } from '@/domain';
import { StoreClientError } from '@/api-client/StoreClientError';
import type { ImportRow } from '@/contract/ImportRequest';
import { countRowResults, type ImportResponse } from '@/contract/ImportResponse';
import type { RowResult } from '@/contract/RowResult';
import { countOutcomes } from '@/taskpane/importer/countOutcomes';
import { importBatchKey } from '@/taskpane/importer/importBatchKey';
import type { ImportStore } from '@/taskpane/importer/ImportStore';
import { planImport } from '@/taskpane/importer/planImport';
import { revertOutcomes } from '@/taskpane/importer/revertOutcomes';
import { runImportBatches } from '@/taskpane/importer/runImportBatches';

const headers = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));
const row = (n: number, email = `c${n}@example.ch`, code = '') => [code, ...clientRow(n, email).slice(1)];
const validated = (rows: unknown[][]) => ({
  sheetName: 'Clients',
  validation: validateSheet(rows, { homeCountry: 'CH' }),
  marked: { cells: 0, mode: 'notes' as const, withoutNote: 0, tooManyForNotes: false, withComment: 0 },
  mapping: { source: 'engine' as const, entries: [], signature: '', sourceColumns: [] },
});
const rowsOf = (numbers: number[]): ImportRow[] =>
  numbers.map((n) => ({ row: n, values: { lastName: `Nom${n}`, email: `c${n}@example.ch` } }));

/** A store that creates every row, failing the calls listed in `failures` (by call number, from 1). */
function storeFailing(failures: Record<number, StoreClientError>) {
  const keys: (string | undefined)[] = [];
  const store: ImportStore = {
    importRows: async (request, options = {}) => {
      keys.push(options.idempotencyKey);
      const failure = failures[keys.length];
      if (failure) throw failure;
      const results = request.rows.map(({ row: n }) => ({
        row: n,
        status: 'created' as const,
        id: `id${n}`,
        code: `CL-${n}`,
        version: 1,
        errors: [],
      }));
      const response: ImportResponse = { batchId: `b${keys.length}`, mode: 'upsert', results, counts: countRowResults(results) };
      return response;
    },
    revertImport: async () => {
      throw new Error('not used');
    },
  };
  return { store, keys };
}

/** A store that answers every batch with `results` (one batch id, 'b'). */
function storeAnswering(results: RowResult[]): ImportStore {
  return {
    importRows: async () => ({ batchId: 'b', mode: 'upsert', results, counts: countRowResults(results) }),
    revertImport: async () => ({ batchId: 'b', reverted: [], skipped: [] }),
  };
}

describe('columnIndexOfLetter', () => {
  it.each([
    ['A', 0],
    ['S', 18],
    ['Z', 25],
    ['AA', 26],
    ['AZ', 51],
    ['XFD', 16383],
  ])('%s → %d', (letter, index) => {
    expect(columnIndexOfLetter(letter)).toBe(index);
  });
});

describe('planImport', () => {
  it('sends only the rows without an error, in batches of at most 1,000, and gives each invalid row its first error', () => {
    const rows = [headers, ...Array.from({ length: 2100 }, (_, i) => row(i + 1, i === 4 ? 'faux' : undefined))];
    const plan = planImport(validated(rows));
    if (typeof plan === 'string') throw new Error(plan);
    expect(plan.batches.map((batch) => batch.length)).toEqual([1000, 1000, 99]);
    expect(plan.batches.flat().some((sent) => sent.row === 6)).toBe(false);
    expect(plan.invalid.map(({ row, status }) => ({ row, status }))).toEqual([{ row: 6, status: 'failed' }]);
    expect(describeRowReasons(plan.invalid[0]?.reasons, 'fr')).toMatch(/^Email \*\u00a0: /);
    expect(plan).toMatchObject({ sheetName: 'Clients', headerRow: 1, codeColumn: 0, statusColumn: null, validRows: 2099 });
    expect(plan.batches[0]?.[0]).toEqual({
      row: 2,
      values: expect.objectContaining({ lastName: 'Nom1', email: 'c1@example.ch', code: null, postalCode: '1204' }),
    });
  });

  it('finds "Statut import" and a code column placed anywhere', () => {
    const plan = planImport(
      validated([
        ['Nom *', 'Prénom *', 'Email *', 'Statut import', 'Code client'],
        ['Favre', 'Sophie', 's@example.ch', '', 'CL-1'],
      ]),
    );
    expect(plan).toMatchObject({ statusColumn: 3, codeColumn: 4 });
  });

  it.each([
    { what: 'no header row', rows: [['x'], ['y']], blocker: 'no_header' },
    {
      what: 'a missing required column',
      rows: [
        ['Nom *', 'Prénom *'],
        ['Favre', 'Sophie'],
      ],
      blocker: 'missing_columns',
    },
    { what: 'no row', rows: [headers], blocker: 'no_rows' },
  ])('refuses a sheet with $what', ({ rows, blocker }) => {
    expect(planImport(validated(rows))).toBe(blocker);
  });
});

describe('importBatchKey', () => {
  it('is the same for the same batch in the same session, and differs with any change', () => {
    const key = importBatchKey('s1', 'Clients', 'upsert', rowsOf([2, 3]));
    expect(key).toMatch(/^suivi-import-[0-9a-f]{28}$/);
    expect(importBatchKey('s1', 'Clients', 'upsert', rowsOf([2, 3]))).toBe(key);
    expect(importBatchKey('s2', 'Clients', 'upsert', rowsOf([2, 3]))).not.toBe(key);
    expect(importBatchKey('s1', 'Clients (2)', 'upsert', rowsOf([2, 3]))).not.toBe(key);
    expect(importBatchKey('s1', 'Clients', 'create', rowsOf([2, 3]))).not.toBe(key);
    expect(importBatchKey('s1', 'Clients', 'upsert', rowsOf([2, 4]))).not.toBe(key);
  });
});

describe('runImportBatches', () => {
  it('sends every batch with its own key and reports progress', async () => {
    const { store, keys } = storeFailing({});
    const progress: string[] = [];
    const run = await runImportBatches({
      store,
      session: 's',
      sheetName: 'Clients',
      batches: [rowsOf([2, 3]), rowsOf([4])],
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(progress).toEqual(['2/3', '3/3']);
    expect(new Set(keys).size).toBe(2);
    expect(run.batchIds).toEqual(['b1', 'b2']);
    expect(run.stopped).toBeNull();
    expect(countOutcomes(run.outcomes)).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      conflict: 0,
      duplicate: 0,
      failed: 0,
      notImported: 0,
    });
  });

  it('stops at a refused batch: earlier rows keep their status, the rest is not imported', async () => {
    const refusal = new StoreClientError('internal', 'refused', { status: 500 });
    const { store } = storeFailing({ 2: refusal });
    const run = await runImportBatches({ store, session: 's', sheetName: 'Clients', batches: [rowsOf([2]), rowsOf([3]), rowsOf([4])] });
    expect(run.stopped).toEqual({ reason: 'failed', error: refusal });
    expect(run.outcomes.map((outcome) => `${outcome.row} ${outcome.status}`)).toEqual(['2 created', '3 not_imported', '4 not_imported']);
  });

  it('stops before the next batch once cancelled', async () => {
    const controller = new AbortController();
    const { store, keys } = storeFailing({});
    const run = await runImportBatches({
      store,
      session: 's',
      sheetName: 'Clients',
      batches: [rowsOf([2]), rowsOf([3])],
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(keys).toHaveLength(1);
    expect(run.stopped).toEqual({ reason: 'cancelled' });
    expect(run.outcomes.map((outcome) => outcome.status)).toEqual(['created', 'not_imported']);
  });

  it("writes the failed rows' reasons from their codes, in the reader's language, the store's text only for an unknown code", async () => {
    const store = storeAnswering([
      {
        row: 2,
        status: 'failed',
        id: null,
        code: null,
        errors: [{ path: 'email', code: 'email.taken', message: "l'email appartient à un autre client" }],
      },
      {
        row: 3,
        status: 'failed',
        id: null,
        code: null,
        errors: [
          { path: 'email', code: 'email.invalid', message: 'texte de la base clients' },
          { path: 'code', code: 'code.unknownToThePane', message: 'autre raison' },
        ],
      },
    ]);
    const run = await runImportBatches({ store, session: 's', sheetName: 'Clients', batches: [rowsOf([2, 3])] });
    expect(run.outcomes.map(({ row, status, code, clientId }) => ({ row, status, code, clientId }))).toEqual([
      { row: 2, status: 'failed', code: null, clientId: null },
      { row: 3, status: 'failed', code: null, clientId: null },
    ]);
    const reasons = (language: Language) => run.outcomes.map((outcome) => describeRowReasons(outcome.reasons, language));
    expect(reasons('fr')).toEqual([
      'Cette adresse e-mail appartient déjà à un autre client.',
      'Adresse e-mail invalide.\u00a0; autre raison',
    ]);
    expect(reasons('en')).toEqual(['This email address already belongs to another client.', 'Invalid email address.; autre raison']);
  });
});

describe('a probable duplicate', () => {
  it('is its own outcome (not failed): nothing created, the best candidate for the sheet, the row as sent and every candidate for the list', async () => {
    const candidates = [
      {
        id: 'k1',
        code: 'CL-000123',
        lastName: 'Nom2',
        firstName: 'P',
        score: 0.92,
        reasons: ['sameNameBirthDate' as const],
        description: 'd',
      },
      {
        id: 'k2',
        code: 'CL-000124',
        lastName: 'Nom2',
        firstName: 'P',
        score: 0.8,
        reasons: ['sameNamePostalCode' as const],
        description: 'd',
      },
    ];
    const store = storeAnswering([
      {
        row: 2,
        status: 'duplicate',
        id: null,
        code: null,
        candidates,
        errors: [{ path: 'lastName', code: 'duplicate.probable', message: 'doublon' }],
      },
    ]);
    const run = await runImportBatches({ store, session: 's', sheetName: 'Clients', batches: [rowsOf([2])] });
    expect(run.outcomes).toEqual([
      {
        row: 2,
        status: 'duplicate',
        reasons: [{ code: 'duplicate.probable', message: 'doublon' }],
        duplicateOf: { code: 'CL-000123', others: 1 },
        duplicate: { row: 2, values: { lastName: 'Nom2', email: 'c2@example.ch' }, candidates },
        clientId: null,
      },
    ]);
    expect(countOutcomes(run.outcomes)).toMatchObject({ duplicate: 1, failed: 0 });
  });
});

describe('revertOutcomes', () => {
  it('empties the code a « même client » row took when its twin is restored (importing again asks again)', () => {
    const rows = [{ row: 2, status: 'updated' as const, code: 'CL-000123', clientId: 'k1', matchedAsDuplicate: true }];
    const responses = [{ batchId: 'b2', reverted: [{ id: 'k1', code: 'CL-000123', action: 'restored' as const }], skipped: [] }];
    expect(revertOutcomes(rows, responses)).toEqual([{ row: 2, status: 'reverted', clearCode: true }]);
  });

  it('marks created rows reverted with their code emptied, updated rows reverted, and leaves the others', () => {
    const rows = [
      { row: 2, status: 'created' as const, code: 'CL-1', clientId: 'a' },
      { row: 3, status: 'updated' as const, code: 'CL-2', clientId: 'b' },
      { row: 4, status: 'unchanged' as const, code: 'CL-3', clientId: 'c' },
      { row: 5, status: 'created' as const, code: 'CL-4', clientId: 'd' },
    ];
    const responses = [
      {
        batchId: 'b1',
        reverted: [
          { id: 'a', code: 'CL-1', action: 'deleted' as const },
          { id: 'b', code: 'CL-2', action: 'restored' as const },
        ],
        skipped: [{ id: 'd', code: 'CL-4', reason: 'changed_after' as const }],
      },
    ];
    // A restored row without a version sent: its "Version" is emptied (the sheet's edits are its own again).
    expect(revertOutcomes(rows, responses)).toEqual([
      { row: 2, status: 'reverted', clearCode: true },
      { row: 3, status: 'reverted', code: 'CL-2', version: null },
    ]);
    // Sent at version 4: back to 4, so importing it again applies its edits over the restored values.
    expect(revertOutcomes(rows, responses, new Map([[3, 4]]))[1]).toEqual({ row: 3, status: 'reverted', code: 'CL-2', version: 4 });
  });
});
