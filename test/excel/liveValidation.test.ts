import { clientRow as row, startClientsHost, withNotes, withoutNotes } from '@test/excel/support/clientsSheetHost';
import type { ExcelHost } from '@test/excel-host/createExcelHost';
import { clearMarks } from '@/excel/marks/clearMarks';
import { markColors } from '@/excel/marks/markColors';
import { validateActiveSheet, type ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import { watchSheetValidation, type ValidationWatch } from '@/excel/marks/watchSheetValidation';

// Validation as you type, on the in-memory host (and, in the real-client project, through the real office.js: ExcelApi
// below 1.18). The user's edits go through the workbook as Excel's grid makes them, and raise Worksheet.onChanged.

const options = { homeCountry: 'CH', lang: 'fr' as const };
/** Excel delivers events once the request that caused them is answered: a few turns of the event loop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

type Watched = {
  host: ExcelHost;
  watch: ValidationWatch;
  results: ActiveSheetValidation[];
  errors: unknown[];
  /** Resolves with the next re-validation's result. */
  next: () => Promise<ActiveSheetValidation>;
  uninstall: () => void;
};

let current: Watched | null = null;
afterEach(async () => {
  await current?.watch.unwatch();
  current?.uninstall();
  current = null;
});

/** A "Clients" sheet validated and watched; stats reset after the watch is on. */
async function validatedAndWatched(rows: unknown[][], excelApi = '1.17', budgets = {}): Promise<Watched> {
  const { host, uninstall } = startClientsHost(rows, excelApi);
  const features = excelApi >= '1.18' ? withNotes : withoutNotes;
  const validation = await validateActiveSheet({ ...options, features, ...budgets });
  const results: ActiveSheetValidation[] = [];
  const errors: unknown[] = [];
  let waiting: { resolve: (result: ActiveSheetValidation) => void; reject: (error: unknown) => void } | null = null;
  const watch = await watchSheetValidation(
    validation,
    {
      onRevalidated: (result) => {
        results.push(result);
        waiting?.resolve(result);
        waiting = null;
      },
      onError: (error) => {
        errors.push(error);
        waiting?.reject(error);
        waiting = null;
      },
    },
    budgets,
  );
  if (watch === null) throw new Error('no watch');
  await settle();
  host.resetStats();
  current = {
    host,
    watch,
    results,
    errors,
    next: () =>
      new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      }),
    uninstall,
  };
  return current;
}

const invalid = (result: ActiveSheetValidation) =>
  result.validation.issues
    .filter((issue) => issue.row !== null && issue.severity === 'error')
    .map((issue) => `${issue.row}:${issue.column}`);

describe('validation as you type (Worksheet.onChanged)', () => {
  it('removes the mark of a cell the user fixes, in 2 syncs, and the report follows', async () => {
    const { host, next, results } = await validatedAndWatched([row({}, 1), row({ G: 'pas-un-email' }, 2), row({}, 3)]);
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.cell('G3').fillColor).toBe(markColors.error);
    expect(String(sheet.cell('S3').value)).toMatch(/^Email \*/);
    const revalidated = next();
    host.workbook.editCells('Clients', { row: 2, column: 6 }, [['sophie@example.ch']]);
    const result = await revalidated;
    expect(sheet.cell('G3').fillColor ?? null).toBeNull();
    expect(sheet.cell('S3').value ?? '').toBe('');
    expect(invalid(result)).toEqual([]);
    expect(result.validation.validRows).toBe(3);
    expect(result.marked.cells).toBe(0);
    expect(host.stats.syncs).toBe(2);
    expect(results).toHaveLength(1);
  });

  it('marks a cell an edit makes invalid (its fill and its "Anomalies" cell), keeping its own fill for the clear', async () => {
    const { host, next } = await validatedAndWatched([row({}, 1), row({}, 2)]);
    const sheet = host.workbook.sheet('Clients');
    sheet.setFormat('K3', { fillColor: '#00FF00' });
    const revalidated = next();
    host.workbook.editCells('Clients', { row: 2, column: 10 }, [['12']]);
    const result = await revalidated;
    expect(invalid(result)).toEqual(['3:postalCode']);
    expect(sheet.cell('K3').fillColor).toBe(markColors.error);
    expect(String(sheet.cell('S3').value)).toMatch(/^NPA\s: /);
    expect(String(sheet.cell('S1').value)).toBe('Anomalies');
    expect(host.stats.syncs).toBe(2);
    await clearMarks(withoutNotes);
    expect(sheet.cell('K3').fillColor).toBe('#00FF00');
    expect(sheet.cell('S3').value ?? '').toBe('');
  });

  it('un-marks the twin of a fixed duplicate email, and marks it again when the duplicate comes back', async () => {
    const { host, next } = await validatedAndWatched([row({ G: 'meme@example.ch' }, 1), row({}, 2), row({ G: 'meme@example.ch' }, 3)]);
    const sheet = host.workbook.sheet('Clients');
    // The later of two equal emails is the duplicate (it names the earlier row).
    expect([sheet.cell('G2').fillColor ?? null, sheet.cell('G4').fillColor]).toEqual([null, markColors.error]);
    let revalidated = next();
    host.resetStats();
    host.workbook.editCells('Clients', { row: 1, column: 6 }, [['autre@example.ch']]);
    let result = await revalidated;
    expect(result.validation.issues.filter((issue) => issue.row !== null)).toEqual([]);
    expect(sheet.cell('G4').fillColor ?? null).toBeNull();
    expect(String(sheet.cell('S4').value ?? '')).toBe('');
    // The twin's cell was marked: its own fill is in the mark store, nothing more to read.
    expect(host.stats.syncs).toBe(2);
    revalidated = next();
    host.resetStats();
    host.workbook.undo();
    result = await revalidated;
    expect(invalid(result)).toEqual(['4:email']);
    expect(result.marked.cells).toBe(1);
    expect(sheet.cell('G4').fillColor).toBe(markColors.error);
    expect(String(sheet.cell('S4').value)).toMatch(/^Email \*/);
    // The twin was not marked and its own fill was not read with the edited row: read after the undo, one more sync.
    expect(host.stats.syncs).toBe(3);
    await clearMarks(withoutNotes);
    expect(sheet.cell('G4').fillColor ?? null).toBeNull();
  });

  it('writes notes where the notes API is (ExcelApi 1.18), and deletes ours on a fixed cell', async () => {
    const { host, next } = await validatedAndWatched([row({}, 1), row({ G: 'faux' }, 2)], '1.18');
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.note('G3')).not.toBeNull();
    let revalidated = next();
    host.workbook.editCells('Clients', { row: 1, column: 10 }, [['1']]);
    await revalidated;
    expect(sheet.note('K2')).toMatch(/\d/);
    expect(sheet.cell('K2').fillColor).toBe(markColors.error);
    revalidated = next();
    host.workbook.editCells('Clients', { row: 2, column: 6 }, [['juste@example.ch']]);
    await revalidated;
    expect(sheet.note('G3')).toBeNull();
    expect(sheet.note('K2')).not.toBeNull();
    // With notes, 3 syncs per edit: the rows and the notes' count, the undo and fills with the notes located, the notes.
    expect(host.stats.syncs).toBe(6);
  });

  it('takes a paste of 10,000 rows as one re-validation, in a constant number of syncs', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => row({}, index));
    const { host, next, results } = await validatedAndWatched(rows);
    const pasted = Array.from({ length: 10_000 }, (_, index) =>
      row(index % 10 === 0 ? { G: `faux${index}` } : {}, index).map((value) => String(value)),
    );
    const revalidated = next();
    host.workbook.editCells('Clients', { row: 1, column: 0 }, pasted);
    const result = await revalidated;
    await settle();
    expect(results).toHaveLength(1);
    expect(invalid(result)).toHaveLength(1_000);
    expect(result.marked.cells).toBe(1_000);
    expect(host.workbook.sheet('Clients').cell('G2').fillColor).toBe(markColors.error);
    // 10,000 rows × 18 columns fit in one read under the 5 MB budget: one chunk, 2 syncs.
    expect(host.stats.syncs).toBe(2);
  });

  it('reads a paste in chunks under the budgets, each in a constant number of syncs, and a clear still gives every fill back', async () => {
    const budgets = { requestBudget: 20_000, responseBudget: 20_000 };
    const rows = Array.from({ length: 300 }, (_, index) => row({}, index));
    const { host, next, results } = await validatedAndWatched(rows, '1.17', budgets);
    const sheet = host.workbook.sheet('Clients');
    sheet.setFormat('G41', { fillColor: '#00FF00' });
    const pasted = rows.map((values, index) => row(index % 3 === 0 ? { G: `faux${index}` } : {}, index).map(String));
    const revalidated = next();
    host.workbook.editCells('Clients', { row: 1, column: 0 }, pasted);
    const result = await revalidated;
    expect(results).toHaveLength(1);
    expect(invalid(result)).toHaveLength(100);
    expect(result.marked.cells).toBe(100);
    expect(sheet.cell('G2').fillColor).toBe(markColors.error);
    expect(sheet.cell('G41').fillColor).toBe(markColors.error);
    // 3 chunks (300 rows of about 200 bytes under 9/10 of 20 kB), each at most 4 syncs: its read, the undo with the
    // reads of the own fills not known, those read cell by cell where a list was mixed (G41's own green), the marks.
    expect(host.stats.syncs).toBeGreaterThan(4);
    expect(host.stats.syncs).toBeLessThanOrEqual(12);
    expect(host.stats.history.every((record) => record.requestBytes <= 20_000 && record.responseBytes <= 20_000)).toBe(true);
    await clearMarks(withoutNotes, budgets);
    expect(sheet.cell('G41').fillColor).toBe('#00FF00');
    expect(sheet.cell('G2').fillColor ?? null).toBeNull();
    expect(sheet.getValues().every((line) => (line[18] ?? '') === '')).toBe(true);
  });

  it("ignores the add-in's own writes, with triggerSource (1.14) and without it (1.13)", async () => {
    for (const excelApi of ['1.17', '1.13']) {
      const { host, next, results, watch, uninstall } = await validatedAndWatched([row({}, 1)], excelApi);
      const revalidated = next();
      host.workbook.editCells('Clients', { row: 1, column: 6 }, [['faux']]);
      await revalidated;
      // The re-validation wrote the "Anomalies" column: Excel raised an event for it, which is ours.
      await settle();
      await settle();
      expect(results).toHaveLength(1);
      expect(host.stats.syncs).toBe(2);
      await watch.unwatch();
      uninstall();
      current = null;
    }
  });

  it('gathers the edits made while a re-validation runs into one more run over them all', async () => {
    const { host, next, results } = await validatedAndWatched([row({}, 1), row({}, 2), row({}, 3)]);
    let edited = false;
    // While the first run writes its marks (Excel reports its writes), the user types in two more cells.
    host.workbook.onCellsChanged((change) => {
      if (change.origin !== 'addIn' || edited) return;
      edited = true;
      host.workbook.editCells('Clients', { row: 2, column: 6 }, [['faux2']]);
      host.workbook.editCells('Clients', { row: 3, column: 6 }, [['faux3']]);
    });
    const first = next();
    host.workbook.editCells('Clients', { row: 1, column: 6 }, [['faux1']]);
    await first;
    if (results.length < 2) await next();
    await settle();
    expect(results).toHaveLength(2);
    expect(invalid(results[0] as ActiveSheetValidation)).toEqual(['2:email']);
    expect(invalid(results[1] as ActiveSheetValidation)).toEqual(['2:email', '3:email', '4:email']);
  });

  it('extends the area with rows typed just below it, and validates the whole sheet again when the header row changes', async () => {
    const { host, next } = await validatedAndWatched([row({}, 1)]);
    const sheet = host.workbook.sheet('Clients');
    let revalidated = next();
    host.workbook.editCells('Clients', { row: 2, column: 2 }, [['Rochat', '', '', '', 'pas-valide']]);
    let result = await revalidated;
    expect(invalid(result)).toEqual(['3:firstName', '3:email']);
    expect(sheet.cell('G3').fillColor).toBe(markColors.error);
    revalidated = next();
    host.workbook.editCells('Clients', { row: 0, column: 6 }, [['Divers']]);
    result = await revalidated;
    expect(result.validation.columns.missingRequired).toContain('email');
  });

  it('clears every own fill after live edits ("Effacer les marques")', async () => {
    const { host, next } = await validatedAndWatched([row({ G: 'x' }, 1), row({}, 2), row({}, 3)]);
    const sheet = host.workbook.sheet('Clients');
    for (const [address, fillColor] of [
      ['G3', '#00FF00'],
      ['K4', '#DDEEFF'],
    ] as const)
      sheet.setFormat(address, { fillColor });
    let revalidated = next();
    host.workbook.editCells('Clients', { row: 2, column: 6 }, [['y']]);
    await revalidated;
    revalidated = next();
    host.workbook.editCells('Clients', { row: 3, column: 10 }, [['9']]);
    await revalidated;
    revalidated = next();
    host.workbook.editCells('Clients', { row: 1, column: 6 }, [['ok@example.ch']]);
    await revalidated;
    expect([sheet.cell('G3').fillColor, sheet.cell('K4').fillColor]).toEqual([markColors.error, markColors.error]);
    await clearMarks(withoutNotes);
    expect([sheet.cell('G2').fillColor ?? null, sheet.cell('G3').fillColor, sheet.cell('K4').fillColor]).toEqual([
      null,
      '#00FF00',
      '#DDEEFF',
    ]);
    expect(sheet.getValues().map((line) => line[18] ?? '')).toEqual(['', '', '', '']);
  });

  it('stops on unwatch, and is not there before ExcelApi 1.7', async () => {
    const { host, watch, results, uninstall: uninstallFirst } = await validatedAndWatched([row({}, 1)]);
    await watch.unwatch();
    host.workbook.editCells('Clients', { row: 1, column: 6 }, [['faux']]);
    await settle();
    expect(results).toEqual([]);
    uninstallFirst();
    current = null;
    const { uninstall } = startClientsHost([row({}, 1)], '1.6');
    try {
      const validation = await validateActiveSheet({ ...options, features: withoutNotes });
      await expect(watchSheetValidation(validation, { onRevalidated: () => undefined, onError: () => undefined })).resolves.toBeNull();
    } finally {
      uninstall();
    }
  });
});
