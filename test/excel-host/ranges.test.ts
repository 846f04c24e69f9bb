import { makeHost, rejectionOf } from './hostTestSupport';

describe('Range values', () => {
  it('stores written strings as Excel interprets them', async () => {
    const { host, run } = makeHost();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('B1').numberFormat = [['@']];
      sheet.getRange('A1:A8').values = [
        ['01234'],
        ['12.5'],
        ['true'],
        ["'=1+1"],
        ['=SUM(1)'],
        ['+41 22 123 45 67'],
        ['022 123 45 67'],
        [7],
      ];
      sheet.getRange('B1').values = [['01234']];
      await context.sync();
    });
    const sheet = host.workbook.sheet('Clients');
    expect(sheet.getValues('A1:A8').map(([value]) => value)).toEqual([1234, 12.5, true, '=1+1', '#NAME?', '#NAME?', '022 123 45 67', 7]);
    expect(sheet.cell('A5').formula).toBe('=SUM(1)');
    expect(sheet.cell('A6').formula).toBe('=+41 22 123 45 67');
    expect(sheet.cell('B1').value).toBe('01234');
  });

  it('leaves cells written with null unchanged and empties cells written with ""', async () => {
    const { host, run } = makeHost([['a', 'b', 'c']]);
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1:C1').values = [[null, '', 'z']];
      await context.sync();
    });
    expect(host.workbook.sheet('Clients').getValues()).toEqual([['a', '', 'z']]);
  });

  it('applies a single value to every cell and refuses an array of another shape', async () => {
    const { host, run } = makeHost();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1:B2');
      (range as unknown as { values: unknown }).values = 'non importé';
      await context.sync();
    });
    expect(host.workbook.sheet('Clients').getValues()).toEqual([
      ['non importé', 'non importé'],
      ['non importé', 'non importé'],
    ]);
    for (const shape of [[['x']], [['x', 'y']], [['x', 'y'], ['z']], ['x', 'y']]) {
      const failure = await rejectionOf(
        run(async (context) => {
          context.workbook.worksheets.getItem('Clients').getRange('A1:B2').values = shape as unknown[][];
          await context.sync();
        }),
      );
      expect(failure.code).toBe('InvalidArgument');
    }
  });

  it('gives text, number formats and value types per cell', async () => {
    const { host, run } = makeHost();
    const sheet = host.workbook.sheet('Clients');
    sheet.setValues([[29_655, 1234.5, 0.125, true, 'Favre', '']]);
    sheet.setFormat('A1', { numberFormat: 'dd.mm.yyyy' });
    sheet.setFormat('B1', { numberFormat: '#,##0.00' });
    sheet.setFormat('C1', { numberFormat: '0%' });
    const [text, formats, types] = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1:F1').load('text, numberFormat, valueTypes');
      await context.sync();
      return [range.text, range.numberFormat, range.valueTypes];
    });
    expect(text).toEqual([['10.03.1981', '1,234.50', '13%', 'TRUE', 'Favre', '']]);
    expect(formats).toEqual([['dd.mm.yyyy', '#,##0.00', '0%', 'General', 'General', 'General']]);
    expect(types).toEqual([['Double', 'Double', 'Double', 'Boolean', 'String', 'Empty']]);
  });

  it('gives the position and size of derived ranges', async () => {
    const { run } = makeHost();
    const addresses = await run(async (context) => {
      const base = context.workbook.worksheets.getItem('Clients').getRange('B2:D5');
      const derived = [
        base.getCell(1, 2),
        base.getRow(0),
        base.getColumn(1),
        base.getOffsetRange(1, 1),
        base.getResizedRange(-1, 2),
        base.getEntireColumn(),
        base.getEntireRow(),
        context.workbook.worksheets.getItem('Clients').getCell(0, 0),
        base.getRow(0).getBoundingRect(base.getCell(3, 0)),
        base.getBoundingRect('F7'),
      ].map((range) => range.load('address'));
      await context.sync();
      return derived.map((range) => range.address);
    });
    expect(addresses).toEqual([
      'Clients!D3',
      'Clients!B2:D2',
      'Clients!C2:C5',
      'Clients!C3:E6',
      'Clients!B2:F4',
      'Clients!B:D',
      'Clients!2:5',
      'Clients!A1',
      'Clients!B2:D5',
      'Clients!B2:F7',
    ]);
  });

  it('refuses an address on another sheet, and an out-of-grid index', async () => {
    const { host, run } = makeHost();
    host.workbook.addSheet('Import');
    for (const batch of [
      (context: Parameters<Parameters<typeof run>[0]>[0]) => context.workbook.worksheets.getItem('Clients').getRange('Import!A1'),
      (context: Parameters<Parameters<typeof run>[0]>[0]) =>
        context.workbook.worksheets.getItem('Clients').getRangeByIndexes(1_048_576, 0, 1, 1),
      (context: Parameters<Parameters<typeof run>[0]>[0]) =>
        context.workbook.worksheets.getItem('Clients').getRange('A1').getOffsetRange(-1, 0),
    ]) {
      const failure = await rejectionOf(
        run(async (context) => {
          batch(context);
          await context.sync();
        }),
      );
      expect(failure.code).toBe('InvalidArgument');
    }
  });
});

describe('Range formats', () => {
  it('sets and reads fill and font, null when mixed', async () => {
    const { host, run } = makeHost([['Nom', 'Prénom']]);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('A1').format.fill.color = 'yellow';
      sheet.getRange('A1:B1').format.font.bold = true;
      sheet.getRange('B1').format.font.color = '#c00000';
      const a1 = sheet.getRange('A1').load('format/fill/color, format/font/bold, format/font/color');
      const both = sheet.getRange('A1:B1').load('format/fill/color, format/font/bold, format/font/color');
      await context.sync();
      return [
        [a1.format.fill.color, a1.format.font.bold, a1.format.font.color],
        [both.format.fill.color, both.format.font.bold, both.format.font.color],
      ];
    });
    expect(read).toEqual([
      ['#FFFF00', true, '#000000'],
      [null, true, null],
    ]);
    expect(host.workbook.sheet('Clients').cell('B1')).toMatchObject({ fillColor: null, fontBold: true, fontColor: '#C00000' });
  });

  it('refuses a colour Excel does not know', async () => {
    const { run } = makeHost();
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1').format.fill.color = 'not-a-colour';
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidArgument');
  });

  it('clears contents, formats or both', async () => {
    const { host, run } = makeHost([['a', 'b', 'c']]);
    host.workbook.sheet('Clients').setFormat('A1:C1', { fillColor: '#FFC7CE' });
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('A1').clear('Contents');
      sheet.getRange('B1').clear('Formats');
      sheet.getRange('C1').clear();
      await context.sync();
    });
    const sheet = host.workbook.sheet('Clients');
    expect([sheet.cell('A1').value, sheet.cell('A1').fillColor]).toEqual(['', '#FFC7CE']);
    expect([sheet.cell('B1').value, sheet.cell('B1').fillColor]).toEqual(['b', null]);
    expect([sheet.cell('C1').value, sheet.cell('C1').fillColor]).toEqual(['', null]);
  });

  it('formats whole columns without touching a million cells', async () => {
    const { host, run } = makeHost();
    const format = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      // A single value applies to every cell of the range, as in Excel.
      (sheet.getRange('K:K') as unknown as { numberFormat: unknown }).numberFormat = '@';
      sheet.getRange('K5').values = [['01234']];
      const cell = sheet.getRange('K1000').load('numberFormat');
      await context.sync();
      return cell.numberFormat;
    });
    expect(format).toEqual([['@']]);
    expect(host.workbook.sheet('Clients').cell('K5').value).toBe('01234');
  });

  it('selects a range and activates its sheet', async () => {
    const { host, run } = makeHost();
    host.workbook.addSheet('Import');
    const selected = await run(async (context) => {
      context.workbook.worksheets.getItem('Import').getRange('C7').select();
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      return range.address;
    });
    expect(selected).toBe('Import!C7');
    expect(host.workbook.activeSheetName).toBe('Import');
    expect(host.workbook.selectedAddress).toEqual({ sheetName: 'Import', rect: { row: 6, column: 2, rowCount: 1, columnCount: 1 } });
  });

  it('keeps a list data validation', async () => {
    const { host, run } = makeHost();
    const [rule, type] = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('B2:B100');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'M.,Mme' } };
      const check = context.workbook.worksheets.getItem('Clients').getRange('B2:B100').dataValidation.load('rule, type');
      await context.sync();
      return [check.rule, check.type];
    });
    expect([rule, type]).toEqual([{ list: { inCellDropDown: true, source: 'M.,Mme' } }, 'List']);
    expect(host.workbook.sheet('Clients').validations).toHaveLength(1);
  });
});

describe('RangeAreas (getRanges)', () => {
  it('marks several cells in one action and reads their areas', async () => {
    const { host, run } = makeHost([['a', 'b', 'c', 'd']]);
    host.resetStats();
    const [address, areaCount, cellCount, areas] = await run(async (context) => {
      const marked = context.workbook.worksheets.getItem('Clients').getRanges('A1, C1:D2');
      marked.format.fill.color = '#FFC7CE';
      marked.load('address, areaCount, cellCount');
      marked.areas.load('items/address');
      await context.sync();
      return [marked.address, marked.areaCount, marked.cellCount, marked.areas.items.map((area) => area.address)];
    });
    expect([address, areaCount, cellCount]).toEqual(['Clients!A1, Clients!C1:D2', 2, 5]);
    expect(areas).toEqual(['Clients!A1', 'Clients!C1:D2']);
    expect(host.stats.syncs).toBe(1);
    const sheet = host.workbook.sheet('Clients');
    expect(['A1', 'B1', 'C1', 'D2'].map((cell) => sheet.cell(cell).fillColor)).toEqual(['#FFC7CE', null, '#FFC7CE', '#FFC7CE']);
  });

  it('clears the formats of every area', async () => {
    const { host, run } = makeHost([['a', 'b']]);
    host.workbook.sheet('Clients').setFormat('A1:B1', { fillColor: '#FFC7CE' });
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRanges('A1,B1').clear('Formats');
      await context.sync();
    });
    expect(host.workbook.sheet('Clients').cell('B1')).toMatchObject({ value: 'b', fillColor: null });
  });

  it('refuses a malformed area', async () => {
    const { run } = makeHost();
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRanges('A1,,B2').format.fill.clear();
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidArgument');
  });
});
