import { makeHost, rejectionOf } from './hostTestSupport';
import { lastStep } from './proxy/officeJsRequest';
import type { HostWorksheet } from './proxy/HostWorksheet';
import { utf8ByteLength } from './utf8ByteLength';

describe('sync counting', () => {
  it('counts one round trip per sync that carries actions, not empty syncs', async () => {
    const { host, run } = makeHost([['Nom'], ['Favre']]);
    host.resetStats();
    await run(async (context) => {
      await context.sync();
      const range = context.workbook.worksheets.getItem('Clients').getRange('A1:A2').load('values');
      await context.sync();
      await context.sync();
      range.values = [['Nom *'], ['Favre']];
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.history.map((record) => record.index)).toEqual([1, 2]);
  });

  it("weighs each call as office.js sends it (sizes measured on office.js's request builder, within 15 %)", async () => {
    const { host, run } = makeHost([['a']], { apiSets: { ExcelApi: '1.18' } });
    const bytesOf = async (queue: (sheet: HostWorksheet) => void) => {
      let bytes = 0;
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Clients');
        sheet.notes.load('items');
        await context.sync();
        host.resetStats();
        queue(sheet);
        await context.sync();
        bytes = host.stats.requestBytes;
      });
      return bytes;
    };
    const near = (measured: number, officeJs: number) => Math.abs(measured - officeJs) / officeJs;
    // office.js: 226 bytes for notes.add with 50 characters, 534 for a fill colour on two areas, 9,161 for 1,000 values.
    expect(near(await bytesOf((sheet) => sheet.notes.add('B3', 'x'.repeat(50))), 226)).toBeLessThan(0.15);
    expect(
      near(
        await bytesOf((sheet) => {
          sheet.getRanges('A1,B2').format.fill.color = '#FFC7CE';
        }),
        534,
      ),
    ).toBeLessThan(0.15);
    const values = Array.from({ length: 1000 }, (_, i) => [`v${i}`]);
    expect(
      near(
        await bytesOf((sheet) => {
          sheet.getRange('A1:A1000').values = values;
        }),
        9161,
      ),
    ).toBeLessThan(0.15);
  });

  it('sends each object as its last step: a property, or a method and its arguments', () => {
    expect(lastStep('worksheets.getItem("A.B").notes')).toEqual({ name: 'notes', args: null });
    expect(lastStep('worksheets.getItem("A").notes.add("B3","x.y (z)")')).toEqual({ name: 'add', args: '"B3","x.y (z)"' });
    expect(lastStep('getRanges("A1,B2")')).toEqual({ name: 'getRanges', args: '"A1,B2"' });
    // An escaped quote and backslash inside an argument: "\\\"" is the JSON of a backslash then a quote.
    expect(lastStep(`a.b(${JSON.stringify('\\"')}).c`)).toEqual({ name: 'c', args: null });
  });

  it('counts the bytes of the values written in the request and of the values read in the response', async () => {
    const { host, run } = makeHost();
    const payload = 'é'.repeat(10_000);
    host.resetStats();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1').values = [[payload]];
      await context.sync();
    });
    const write = host.stats.history[0];
    expect(write?.requestBytes).toBeGreaterThan(utf8ByteLength(payload));
    expect(write?.requestBytes).toBeLessThan(utf8ByteLength(payload) + 1000);
    expect(write?.responseBytes).toBeLessThan(1000);

    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1').load('values');
      await context.sync();
    });
    const read = host.stats.history[1];
    expect(read?.requestBytes).toBeLessThan(1000);
    expect(read?.responseBytes).toBeGreaterThan(20_000);
    expect(host.stats.requestBytes).toBe((write?.requestBytes ?? 0) + (read?.requestBytes ?? 0));
    expect(host.stats.responseBytes).toBe((write?.responseBytes ?? 0) + (read?.responseBytes ?? 0));
  });

  it('records failed syncs with their error code, and resets', async () => {
    const { host, run } = makeHost();
    await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Absent');
        await context.sync();
      }),
    );
    expect(host.stats.history).toEqual([expect.objectContaining({ index: 1, errorCode: 'ItemNotFound' })]);
    host.resetStats();
    expect(host.stats).toEqual({ syncs: 0, requestBytes: 0, responseBytes: 0, history: [] });
  });

  it('tells subscribers after a sync that changed the workbook, not after a read', async () => {
    const { host, run } = makeHost([['Nom']]);
    const changes: string[] = [];
    const unsubscribe = host.subscribe((change) => changes.push(change.source));
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1').load('values');
      await context.sync();
      context.workbook.worksheets.getItem('Clients').getRange('A2').values = [['Favre']];
      await context.sync();
    });
    host.workbook.sheet('Clients').setValues([['Rochat']], 'A3');
    unsubscribe();
    host.workbook.sheet('Clients').setValues([['Müller']], 'A4');
    expect(changes).toEqual(['sync', 'direct']);
  });
});

describe('limits, as Excel on the web', () => {
  it('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const { host, run } = makeHost();
    const rows = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1:A6000').values = rows;
        await context.sync();
      }),
    );
    expect(failure.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.workbook.sheet('Clients').getValues()).toEqual([]);
    expect(host.stats.history[0]?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('accepts the same data written in chunks under 5 MB', async () => {
    const { host, run } = makeHost();
    const rows = Array.from({ length: 3000 }, () => ['x'.repeat(1000)]);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Clients');
      sheet.getRange('A1:A3000').values = rows;
      await context.sync();
      sheet.getRange('A3001:A6000').values = rows;
      await context.sync();
    });
    expect(host.workbook.sheet('Clients').usedRangeAddress()).toBe('Clients!A1:A6000');
  });

  it('refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const { host, run } = makeHost();
    host.workbook.sheet('Clients').setValues(Array.from({ length: 6000 }, () => ['y'.repeat(1000)]));
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1:A6000').load('values');
        await context.sync();
      }),
    );
    expect(failure.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses a read of more than 5,000,000 cells with RangeExceedsLimit, even of empty cells', async () => {
    const { run } = makeHost();
    const tooMany = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRangeByIndexes(0, 0, 1_000_001, 5).load('values');
        await context.sync();
      }),
    );
    expect(tooMany.code).toBe('RangeExceedsLimit');
    const justUnder = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRangeByIndexes(0, 0, 1_000_000, 5).load('rowCount');
      await context.sync();
      return range.rowCount;
    });
    expect(justUnder).toBe(1_000_000);
  });

  it('refuses an address longer than 8,192 characters with InvalidArgument', async () => {
    const { run } = makeHost();
    const cells = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`);
    const address = cells.join(',');
    expect(address.length).toBeGreaterThan(8192);
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRanges(address).format.fill.color = '#FFC7CE';
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidArgument');
    const shorter = cells.slice(0, 1000).join(',');
    expect(shorter.length).toBeLessThanOrEqual(8192);
    await run(async (context) => {
      context.workbook.worksheets.getItem('Clients').getRanges(shorter).format.fill.color = '#FFC7CE';
      await context.sync();
    });
  });

  it('takes its limits from the options', async () => {
    const { run } = makeHost([['a', 'b']], { limits: { maxCellsPerRead: 1 } });
    const failure = await rejectionOf(
      run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1:B1').load('text');
        await context.sync();
      }),
    );
    expect(failure.code).toBe('RangeExceedsLimit');
  });

  it('fails every sync while Excel is in cell edit mode, unless the run asked to wait', async () => {
    const { host } = makeHost();
    host.workbook.setCellEditMode(true);
    const failure = await rejectionOf(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Clients').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(failure.code).toBe('InvalidOperationInCellEditMode');
    await host.Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('Clients').getRange('A1').values = [['x']];
      await context.sync();
    });
    expect(host.workbook.sheet('Clients').cell('A1').value).toBe('x');
  });

  it('keeps a 1,000,000-row sheet cheap to build and to read in chunks', async () => {
    const { host, run } = makeHost();
    host.workbook.sheet('Clients').setValues([['last']], 'C1000000');
    expect(host.workbook.sheet('Clients').usedRangeAddress(true)).toBe('Clients!C1000000');
    const values = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Clients').getRange('A999999:C1000000').load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ['', '', ''],
      ['', '', 'last'],
    ]);
  });
});
