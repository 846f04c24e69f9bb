import { collectValueFixes, suggestedChoices, validateSheet, valueFixWrites } from '@/domain';
import { ExcelOperationError } from '@/excel/ExcelOperationError';
import { applyValueFixes } from '@/excel/values/applyValueFixes';
import type { ExcelHost } from '../excel-host/createExcelHost';
import { clientRow as row, startClientsHost, withNotes } from './support/clientsSheetHost';

let host: ExcelHost;
let uninstall: () => void;

function setUp(rows: unknown[][], excelApi = '1.18') {
  ({ host, uninstall } = startClientsHost(rows, excelApi));
  return host.workbook.sheet('Clients');
}
afterEach(() => uninstall());

describe('applyValueFixes', () => {
  it('writes the chosen values into their cells only, activates the sheet, and the sheet then validates', async () => {
    const sheet = setUp([
      row({ M: 'Suise' }, 1),
      row({ M: 'Suise', B: 'Dr' }, 2),
      row({}, 3),
      row({ M: 'Suise', P: 'Englsh' }, 4),
      row({ P: 'Klingon' }, 5),
    ]);
    host.workbook.addSheet('Autre', [['x']]);
    const before = sheet.getValues();
    const entries = collectValueFixes(validateSheet(before, { homeCountry: 'CH' }));
    const writes = valueFixWrites(entries, suggestedChoices(entries));
    expect(writes).toEqual([
      { column: 'M', rows: [2, 3, 5], from: 'Suise', value: 'Suisse' },
      { column: 'P', rows: [5], from: 'Englsh', value: 'Anglais' },
    ]);
    host.resetStats();
    const applied = await applyValueFixes({ sheetName: 'Clients', writes, features: withNotes });
    expect(applied).toEqual({ sheetName: 'Clients', cells: 4, skipped: 0 });
    // The cells read, then written.
    expect(host.stats.syncs).toBe(2);
    const after = sheet.getValues();
    expect(after.map((cells) => cells[12])).toEqual(['Pays', 'Suisse', 'Suisse', 'CH', 'Suisse', 'CH']);
    expect(after.map((cells) => cells[15])).toEqual(['Langue', 'fr', 'fr', 'fr', 'Anglais', 'Klingon']);
    // Every other cell as it was.
    const changed = new Set(['M2', 'M3', 'M5', 'P5']);
    before.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (!changed.has(`${String.fromCharCode(65 + c)}${r + 1}`)) expect(after[r]?.[c]).toEqual(value);
      }),
    );
    expect(host.workbook.activeSheetName).toBe('Clients');
    const revalidated = collectValueFixes(validateSheet(after, { homeCountry: 'CH' }));
    expect(revalidated.map((entry) => `${entry.key} ${entry.value}`)).toEqual(['title Dr', 'language Klingon']);
  });

  it('writes 20,000 scattered fixes in a few syncs, each request under the 5 MB limit', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => row(i % 2 === 0 ? { M: 'Suise', N: i % 4 === 0 ? 'Sénégalais' : 'xx' } : {}, i));
    const sheet = setUp(rows);
    const entries = collectValueFixes(validateSheet(sheet.getValues(), { homeCountry: 'CH' }));
    const country = entries.find((entry) => entry.key === 'country');
    const nationality = entries.find((entry) => entry.key === 'nationality');
    expect(country?.count).toBe(20_000);
    expect(nationality?.count).toBe(10_000);
    const writes = valueFixWrites(entries, { [country?.id ?? '']: 'Suisse', [nationality?.id ?? '']: 'Sénégal' });
    host.resetStats();
    const applied = await applyValueFixes({ sheetName: 'Clients', writes, features: withNotes });
    expect(applied.cells).toBe(30_000);
    // One request reads both columns; about 520 bytes a scattered cell (a range write as office.js sends it): four
    // requests of some 4.5 MB write them.
    expect(host.stats.syncs).toBeLessThanOrEqual(5);
    expect(host.stats.history.every((record) => record.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(host.stats.history.every((record) => record.errorCode === null)).toBe(true);
    expect(sheet.cell('M2').value).toBe('Suisse');
    expect(sheet.cell('M3').value).toBe('CH');
    expect(sheet.cell('M40000').value).toBe('Suisse');
    expect(sheet.cell('N40000').value).toBe('Sénégal');
    expect(sheet.cell('N40001').value).toBe('CH');
  });

  it('splits the writes across requests when a smaller budget says so', async () => {
    const sheet = setUp(Array.from({ length: 200 }, (_, i) => row(i % 2 === 0 ? { P: 'Englsh' } : {}, i)));
    const writes = [{ column: 'P', rows: Array.from({ length: 100 }, (_, i) => 2 + 2 * i), from: 'Englsh', value: 'Anglais' }];
    host.resetStats();
    await applyValueFixes({ sheetName: 'Clients', writes, features: withNotes, requestBudget: 10_000 });
    expect(host.stats.syncs).toBeGreaterThan(1);
    expect(host.stats.syncs).toBeLessThan(10);
    expect(sheet.getValues('P2:P201').filter(([value]) => value === 'Anglais')).toHaveLength(100);
  });

  it('merges the syncs into one undo step where ExcelApi 1.20 allows it', async () => {
    setUp([row({ M: 'Suise' }, 1)], '1.20');
    const runs: unknown[] = [];
    const run = Excel.run.bind(Excel) as (...args: unknown[]) => Promise<unknown>;
    const spy = jest.spyOn(Excel, 'run').mockImplementation(((...args: unknown[]) => {
      runs.push(args.length > 1 ? args[0] : null);
      return run(...args);
    }) as typeof Excel.run);
    const writes = [{ column: 'M', rows: [2], from: 'Suise', value: 'Suisse' }];
    await applyValueFixes({ sheetName: 'Clients', writes, features: { ...withNotes, mergeUndoGroup: true } });
    await applyValueFixes({ sheetName: 'Clients', writes, features: withNotes });
    spy.mockRestore();
    expect(runs).toEqual([{ mergeUndoGroup: true }, null]);
  });

  it('fails with item_not_found, writing nothing, when the sheet was renamed or deleted', async () => {
    const sheet = setUp([row({ M: 'Suise' }, 1)]);
    sheet.name = 'Clients 2025';
    const writes = [{ column: 'M', rows: [2], from: 'Suise', value: 'Suisse' }];
    const failure = applyValueFixes({ sheetName: 'Clients', writes, features: withNotes });
    await expect(failure).rejects.toBeInstanceOf(ExcelOperationError);
    await expect(failure).rejects.toMatchObject({ code: 'item_not_found' });
    expect(sheet.cell('M2').value).toBe('Suise');
  });

  it('leaves a cell edited since the validation as it is', async () => {
    const sheet = setUp([row({ M: 'Suise' }, 1), row({ M: 'Suise' }, 2), row({ M: 'Suise' }, 3)]);
    const entries = collectValueFixes(validateSheet(sheet.getValues(), { homeCountry: 'CH' }));
    sheet.setValues([['Italie']], 'M3');
    const applied = await applyValueFixes({
      sheetName: 'Clients',
      writes: valueFixWrites(entries, suggestedChoices(entries)),
      features: withNotes,
    });
    expect(applied).toEqual({ sheetName: 'Clients', cells: 2, skipped: 1 });
    expect(sheet.getValues('M2:M4').map(([value]) => value)).toEqual(['Suisse', 'Italie', 'Suisse']);
  });

  it('writes a value starting with = as text', async () => {
    const sheet = setUp([row({}, 1)]);
    await applyValueFixes({ sheetName: 'Clients', writes: [{ column: 'R', rows: [2], from: '', value: '=1+1' }], features: withNotes });
    expect(sheet.cell('R2')).toMatchObject({ value: '=1+1', formula: null });
  });
});
