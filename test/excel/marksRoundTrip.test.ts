import { clientRow } from '@test/excel/support/clientsSheetHost';
import fc from 'fast-check';
import { clientTemplate } from '@/domain';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import { clearMarks } from '@/excel/marks/clearMarks';
import { markColors } from '@/excel/marks/markColors';
import { validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import { createExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';
import type { CellFormat } from '../excel-host/model/CellValue';

const headers = clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header));
const features = (notes: boolean): ExcelFeatures => ({
  sheetCustomProperties: true,
  insertWorksheetsFromBase64: true,
  notes,
  mergeUndoGroup: false,
});
const ownFills: CellFormat[] = [
  { fillColor: '#00FF00' },
  { fillColor: '#DDEEFF', fillPattern: 'Checker', fillPatternColor: '#336699' },
  { fillColor: '#FFFFFF' },
];

/** A valid row, or one with an invalid email (G) and/or postal code (K). */
function row(n: number, kind: number): unknown[] {
  const values = clientRow({}, n);
  if (kind & 1) values[6] = `faux${n}`;
  if (kind & 2) values[10] = '1';
  return values;
}

const sheetArbitrary = fc.record({
  kinds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 400 }),
  // Own fills and user notes mostly on the columns that get marked.
  fills: fc.array(fc.tuple(fc.nat(399), fc.constantFrom(6, 10, 2), fc.nat(2)), { maxLength: 30 }),
  userNotes: fc.array(fc.tuple(fc.nat(399), fc.constantFrom(6, 10, 3)), { maxLength: 10 }),
  edits: fc.array(fc.tuple(fc.nat(399), fc.integer({ min: 0, max: 3 })), { maxLength: 20 }),
  notes: fc.boolean(),
  budget: fc.constantFrom(20_000, 60_000, 4_500_000),
  maxNotes: fc.constantFrom(50, 10_000),
});

describe('marking round trip (any sheet, own fills, user notes, budgets, a second validation)', () => {
  it('marks exactly the invalid cells, never touches a value or a user note, and clearing gives every cell back', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArbitrary, async ({ kinds, fills, userNotes, edits, notes, budget, maxNotes }) => {
        const host = createExcelHost({ apiSets: { ExcelApi: notes ? '1.18' : '1.17' } });
        host.workbook.addSheet('Clients', [headers, ...kinds.map((kind, index) => row(index, kind))]);
        const sheet = host.workbook.sheet('Clients');
        const rowCount = kinds.length;
        for (const [r, c, f] of fills) if (r < rowCount) sheet.setFormat(`${String.fromCharCode(65 + c)}${r + 2}`, ownFills[f] ?? {});
        if (notes) for (const [r, c] of userNotes) if (r < rowCount) sheet.setNote(`${String.fromCharCode(65 + c)}${r + 2}`, `note ${r}`);
        const before = { cells: snapshotCells(sheet, rowCount), notes: new Map(sheet.notes) };
        const uninstall = installExcelHost(host);
        try {
          const options = {
            homeCountry: 'CH',
            lang: 'fr' as const,
            features: features(notes),
            requestBudget: budget,
            responseBudget: budget,
            maxNotes,
          };
          const budgets = { requestBudget: budget, responseBudget: budget };
          await validateActiveSheet(options);
          // The user fixes or breaks some rows, then validates again.
          const current = [...kinds];
          for (const [r, kind] of edits)
            if (r < rowCount) {
              current[r] = kind;
              sheet.setValues([row(r, kind).slice(6, 11)], `G${r + 2}`);
            }
          const expectedValues = sheet.getValues();
          const result = await validateActiveSheet(options);
          expect(
            sheet
              .getValues()
              .slice(0, rowCount + 1)
              .map((line) => line.slice(0, 18)),
          ).toEqual(expectedValues.map((line) => line.slice(0, 18)));
          const invalid = new Set(
            current
              .flatMap((kind, r) => [kind & 1 ? `${r + 1},6` : null, kind & 2 ? `${r + 1},10` : null])
              .filter((key): key is string => key !== null),
          );
          expect(result.marked.cells).toBe(invalid.size);
          for (let r = 1; r <= rowCount; r += 1) {
            for (let c = 0; c < 18; c += 1) {
              const key = `${r},${c}`;
              const cell = sheet.cell(`${String.fromCharCode(65 + c)}${r + 1}`);
              if (invalid.has(key)) expect(cell.fillColor).toBe(markColors.error);
              else expect(cell.fillColor).toBe(before.cells.get(key)?.fillColor ?? null);
            }
          }
          for (const [key, text] of before.notes) expect(sheet.notes.get(key)).toBe(text);
          const ours = [...sheet.notes.keys()].filter((key) => !before.notes.has(key));
          if (result.marked.mode === 'notes') expect(new Set(ours)).toEqual(new Set([...invalid].filter((key) => !before.notes.has(key))));
          else expect(ours).toEqual([]);
          await clearMarks(features(notes), budgets);
          expect(snapshotCells(sheet, rowCount)).toEqual(before.cells);
          expect(new Map(sheet.notes)).toEqual(before.notes);
          expect(sheet.getValues().map((line) => line.slice(0, 18))).toEqual(expectedValues.map((line) => line.slice(0, 18)));
          expect(sheet.usedRangeAddress(true)).toBe(`Clients!A1:R${rowCount + 1}`);
        } finally {
          uninstall();
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** Fill of every cell of the data area, keyed "row,column". */
function snapshotCells(sheet: ReturnType<ReturnType<typeof createExcelHost>['workbook']['sheet']>, rowCount: number) {
  const cells = new Map<string, { fillColor: string | null; fillPattern: string; fillPatternColor: string | null }>();
  for (let r = 0; r <= rowCount; r += 1) {
    for (let c = 0; c < 18; c += 1) {
      const { fillColor, fillPattern, fillPatternColor } = sheet.cell(`${String.fromCharCode(65 + c)}${r + 1}`);
      cells.set(`${r},${c}`, { fillColor, fillPattern, fillPatternColor });
    }
  }
  return cells;
}
