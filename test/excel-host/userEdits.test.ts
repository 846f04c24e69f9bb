import type { CellChange } from './model/WorkbookModel';
import { cellInputText } from './model/writeCellInput';
import { makeHost } from './hostTestSupport';

function recordChanges(host: ReturnType<typeof makeHost>['host']): CellChange[] {
  const changes: CellChange[] = [];
  host.workbook.onCellsChanged((change) => changes.push(change));
  return changes;
}

describe("the user's edits and the changes Excel reports for them", () => {
  it('reads typed text as Excel does, raises one change per edit with the cell before and after, and undoes it', () => {
    const { host } = makeHost([['Nom', 'NPA']]);
    const changes = recordChanges(host);
    const sheet = host.workbook.sheet('Clients');
    host.workbook.editCells('Clients', { row: 1, column: 1 }, [['01234']]);
    expect(sheet.cell('B2').value).toBe(1234);
    host.workbook.editCells('Clients', { row: 1, column: 1 }, [["'01234"]]);
    expect(sheet.cell('B2').value).toBe('01234');
    expect(changes).toEqual([
      {
        sheetId: sheet.id,
        rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 },
        changeType: 'RangeEdited',
        origin: 'user',
        details: { valueBefore: '', valueAfter: 1234 },
      },
      {
        sheetId: sheet.id,
        rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 },
        changeType: 'RangeEdited',
        origin: 'user',
        details: { valueBefore: 1234, valueAfter: '01234' },
      },
    ]);
    expect(host.workbook.undo()).toBe(true);
    expect(sheet.cell('B2').value).toBe(1234);
    expect(host.workbook.undo()).toBe(true);
    expect(sheet.cell('B2').value).toBe('');
    expect(host.workbook.undo()).toBe(false);
    expect(changes).toHaveLength(4);
  });

  it('raises one change for a pasted block and for Delete on a selection, without details', () => {
    const { host } = makeHost([['Nom', 'Prénom']]);
    const changes = recordChanges(host);
    host.workbook.editCells('Clients', { row: 1, column: 0 }, [
      ['Favre', 'Sophie'],
      ['Muller', ''],
    ]);
    host.workbook.clearCells('Clients', { row: 1, column: 0, rowCount: 2, columnCount: 2 });
    expect(changes.map((change) => [change.rect, change.details])).toEqual([
      [{ row: 1, column: 0, rowCount: 2, columnCount: 2 }, undefined],
      [{ row: 1, column: 0, rowCount: 2, columnCount: 2 }, undefined],
    ]);
    expect(host.workbook.sheet('Clients').getValues()).toEqual([['Nom', 'Prénom']]);
    host.workbook.undo();
    expect(host.workbook.sheet('Clients').getValues()).toEqual([
      ['Nom', 'Prénom'],
      ['Favre', 'Sophie'],
      ['Muller', ''],
    ]);
  });

  it("raises the add-in's writes once its sync has run (values, clears), as Excel does, and not its format changes", async () => {
    const { host, run } = makeHost([['Nom', 'NPA']]);
    const changes = recordChanges(host);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('A2:B2').values = [['Favre', '1204']];
      sheet.getRange('A1:B1').format.font.bold = true;
      expect(changes).toEqual([]);
      await context.sync();
      sheet.getRange('B2').clear('Contents');
      await context.sync();
    });
    const sheetId = host.workbook.sheet('Clients').id;
    expect(changes).toEqual([
      { sheetId, rect: { row: 1, column: 0, rowCount: 1, columnCount: 2 }, changeType: 'RangeEdited', origin: 'addIn' },
      {
        sheetId,
        rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 },
        changeType: 'RangeEdited',
        origin: 'addIn',
        details: { valueBefore: 1204, valueAfter: '' },
      },
    ]);
  });

  it("tells the host's subscribers about each edit, clear, undo and selection, so the preview grid draws again", () => {
    const { host } = makeHost([['Nom']]);
    const sources: string[] = [];
    host.subscribe((change) => sources.push(change.source));
    host.workbook.editCells('Clients', { row: 1, column: 0 }, [['Favre']]);
    host.workbook.clearCells('Clients', { row: 1, column: 0, rowCount: 1, columnCount: 1 });
    host.workbook.undo();
    host.workbook.selectCells('Clients', { row: 1, column: 0, rowCount: 2, columnCount: 2 }, { row: 2, column: 1 });
    expect(sources).toEqual(['user', 'user', 'user', 'user']);
  });

  it("gives the add-in the user's selection and its active cell, which need not be the top-left one", async () => {
    const { host, run } = makeHost([['Nom', 'NPA']]);
    host.workbook.addSheet('Feuil2');
    host.workbook.selectCells('Clients', { row: 1, column: 0, rowCount: 3, columnCount: 2 }, { row: 3, column: 1 });
    const addresses = await run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.getActiveCell().load('address');
      await context.sync();
      return [selected.address, active.address];
    });
    expect(addresses).toEqual(['Clients!A2:B4', 'Clients!B4']);
    expect(host.workbook.activeSheetName).toBe('Clients');
  });

  it.each([
    ['Favre', 'Favre'],
    ['01234', "'01234"],
    [' 12 ', "' 12 "],
    ['true', "'true"],
    ['=A1', "'=A1"],
    ['-', '-'],
    ["'quote", "''quote"],
  ])('puts the text %j in the cell editor as %j, which typing again reads back', (stored, shown) => {
    const { host } = makeHost();
    const sheet = host.workbook.sheet('Clients');
    sheet.setValues([[stored]]);
    expect(cellInputText(sheet, 0, 0)).toBe(shown);
    host.workbook.editCells('Clients', { row: 0, column: 0 }, [[shown]]);
    expect(sheet.cell('A1').value).toBe(stored);
  });

  it('puts numbers, booleans and formulas in the cell editor as they were typed', () => {
    const { host } = makeHost();
    const sheet = host.workbook.sheet('Clients');
    host.workbook.editCells('Clients', { row: 0, column: 0 }, [['1204.5', 'TRUE', '=SUM(A1)', '']]);
    expect([0, 1, 2, 3].map((column) => cellInputText(sheet, 0, column))).toEqual(['1204.5', 'TRUE', '=SUM(A1)', '']);
    sheet.setFormat('A2', { numberFormat: '@' });
    host.workbook.editCells('Clients', { row: 1, column: 0 }, [['007']]);
    expect(cellInputText(sheet, 1, 0)).toBe('007');
  });
});
