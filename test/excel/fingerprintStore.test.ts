import { fingerprintStoreKey } from '@/domain';
import {
  fingerprintStoreSheetName,
  packFingerprints,
  readRowFingerprints,
  recordRowFingerprints,
  unpackFingerprints,
} from '@/excel/imports/fingerprintStore';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

// ExcelApi 1.17: in the real-client project these run on the real office.js client.
let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = createExcelHost({ apiSets: { ExcelApi: '1.17' } });
  host.workbook.addSheet('Clients', [['Code client', 'Nom *']]);
  host.workbook.addSheet('Autres', [['Code client', 'Nom *']]);
  uninstall = installExcelHost(host);
});
afterEach(() => uninstall());

const storeA = fingerprintStoreKey('https://clients.example.ch/');
const storeB = fingerprintStoreKey('https://autre.example.ch');
const twoCodes = () =>
  new Map([
    ['CL-1', 'aaa'],
    ['CL-2', 'bbb'],
  ]);

describe('fingerprintStoreKey and packing', () => {
  it('files one store under one key whatever its spelling, another store under another', () => {
    expect(fingerprintStoreKey('https://Clients.example.ch')).toBe(storeA);
    expect(storeB).not.toBe(storeA);
  });

  it('packs entries into cells under 30,000 characters and reads them back; a damaged cell is skipped', () => {
    const entries = new Map(Array.from({ length: 5000 }, (_, n) => [`CL-${String(n).padStart(6, '0')}`, `fp${n}`.padEnd(14, '0')]));
    const cells = packFingerprints(entries);
    expect(cells.length).toBeGreaterThan(1);
    expect(Math.max(...cells.map((cell) => cell.length))).toBeLessThanOrEqual(30_000);
    expect(unpackFingerprints(cells)).toEqual(entries);
    expect(unpackFingerprints(['{pas du json', 42, '[["CL-1","a"],["x"]]'])).toEqual(new Map([['CL-1', 'a']]));
  });
});

describe('readRowFingerprints / recordRowFingerprints', () => {
  it('reads nothing from a workbook without a store (one sync), then files entries in a very hidden sheet (two syncs)', async () => {
    host.resetStats();
    expect(await readRowFingerprints('Clients', storeA)).toEqual(new Map());
    expect(host.stats.syncs).toBe(1);
    host.resetStats();
    await recordRowFingerprints('Clients', storeA, twoCodes());
    expect(host.stats.syncs).toBe(2);
    expect(host.workbook.sheet(fingerprintStoreSheetName).visibility).toBe('VeryHidden');
    host.resetStats();
    expect(await readRowFingerprints('Clients', storeA)).toEqual(twoCodes());
    expect(host.stats.syncs).toBe(2);
  });

  it('keeps each sheet and each store apart, updates and forgets codes, and survives a rename of the sheet', async () => {
    await recordRowFingerprints('Clients', storeA, twoCodes());
    await recordRowFingerprints('Autres', storeA, new Map([['CL-1', 'zzz']]));
    await recordRowFingerprints('Clients', storeB, new Map([['CL-7', 'ccc']]));
    host.resetStats();
    await recordRowFingerprints(
      'Clients',
      storeA,
      new Map([
        ['CL-1', null],
        ['CL-3', 'ddd'],
        ['CL-2', 'bb2'],
      ]),
    );
    expect(host.stats.syncs).toBe(3);
    host.workbook.sheet('Clients').name = 'Clients 2026';
    expect(await readRowFingerprints('Clients 2026', storeA)).toEqual(
      new Map([
        ['CL-2', 'bb2'],
        ['CL-3', 'ddd'],
      ]),
    );
    expect(await readRowFingerprints('Autres', storeA)).toEqual(new Map([['CL-1', 'zzz']]));
    expect(await readRowFingerprints('Clients 2026', storeB)).toEqual(new Map([['CL-7', 'ccc']]));
    // The visible sheets are untouched.
    expect(host.workbook.sheet('Clients 2026').getValues()).toEqual([['Code client', 'Nom *']]);
  });

  it('files 100,000 codes over several store rows in a constant number of syncs, and frees rows no longer needed', async () => {
    const many = new Map(Array.from({ length: 100_000 }, (_, n) => [`CL-${String(n).padStart(6, '0')}`, 'f'.repeat(14)]));
    host.resetStats();
    await recordRowFingerprints('Clients', storeA, many);
    expect(host.stats.syncs).toBe(2);
    const store = host.workbook.sheet(fingerprintStoreSheetName);
    expect(store.getValues().length).toBeGreaterThan(50);
    host.resetStats();
    expect((await readRowFingerprints('Clients', storeA)).size).toBe(100_000);
    expect(host.stats.syncs).toBe(2);
    // All forgotten but one: one row left, the others emptied; the next sheet's entries take the row below it.
    const forget = new Map<string, string | null>([...many.keys()].slice(1).map((code) => [code, null]));
    await recordRowFingerprints('Clients', storeA, forget);
    expect(await readRowFingerprints('Clients', storeA)).toEqual(new Map([['CL-000000', 'f'.repeat(14)]]));
    await recordRowFingerprints('Autres', storeA, new Map([['CL-1', 'zzz']]));
    expect(store.getValues().length).toBe(2);
    expect(await readRowFingerprints('Autres', storeA)).toEqual(new Map([['CL-1', 'zzz']]));
  });
});
