import { createValueNormalizer, type RefreshAnswer, type StoreClient } from '@/domain';
import { refreshSheetFromStore, type RefreshLookupRequest, type SheetRefresh } from '@/excel/refresh/refreshSheetFromStore';
import type { WorkbookModel } from '@test/excel-host/model/WorkbookModel';
import { onBothHosts, workbookSnapshot } from '@test/officejs-host/compareHosts';
import { clientRow, templateHeaders } from './support/clientsSheetHost';

// The refresh on both hosts: test/excel-host's proxies and the real office.js over the protocol host, each on a fresh
// workbook; same results, same workbooks, same syncs. The store is a fake answering as POST /clients/lookup does.

const normalize = createValueNormalizer({ homeCountry: 'CH' });
const date = new Date(2026, 11, 3);
/** Template columns A–R, then "Version" (S) and a column of the user's own (T). */
const headers = [...templateHeaders, 'Version', 'Mon suivi'];
/** A sheet row filled from client n at `version` (code CL-n), with overrides by column letter. */
const sheetRow = (n: number, version: number | string, overrides: Record<string, unknown> = {}) => [
  ...clientRow({ A: `CL-${n}`, ...overrides }, n),
  version,
  `à moi ${n}`,
];
/** The client of row n as the store keeps it, at `version`, with changes by key. */
const storeClient = (n: number, version: number, changes: Record<string, string | null> = {}): StoreClient => {
  const cells = clientRow({ A: `CL-${n}` }, n);
  const values = normalize({
    code: cells[0],
    title: cells[1],
    lastName: cells[2],
    firstName: cells[3],
    email: cells[6],
    postalCode: cells[10],
    city: cells[11],
    country: cells[12],
    nationality: cells[13],
    practiceCountry: cells[14],
    language: cells[15],
  }).values;
  return { ...values, ...changes, id: `id-${n}`, code: `CL-${n}`, version };
};

/** A fake store: clients at their current version, their values at version 1, deleted ones; records each lookup. */
function fakeStore(clients: StoreClient[], deleted: StoreClient[] = []) {
  const requests: RefreshLookupRequest[] = [];
  const lookup = async (request: RefreshLookupRequest): Promise<RefreshAnswer> => {
    requests.push(request);
    const found = clients.filter((client) => request.codes.includes(client.code));
    return {
      clients: found,
      deleted: deleted.filter((client) => request.codes.includes(client.code)),
      bases: found
        .filter((client) => request.versions[client.code] === 1 && client.version > 1)
        .map((client) => ({ code: client.code, version: 1, values: storeClient(Number(client.code.slice(3)), 1) })),
    };
  };
  return { lookup, requests };
}

const refreshed = (result: SheetRefresh | undefined) => {
  if (result?.outcome !== 'refreshed') throw new Error(`not refreshed: ${JSON.stringify(result)}`);
  return result;
};

describe('refreshSheetFromStore on both hosts', () => {
  it('writes what the store changed, marks deleted and unknown codes, reports conflicts, leaves the rest: 3 syncs', async () => {
    const setUp = (workbook: WorkbookModel) => {
      workbook.addSheet('Clients', [
        headers,
        sheetRow(1, '1'),
        sheetRow(2, 1, { L: 'Bulle' }),
        sheetRow(3, '1'),
        sheetRow(9, '1'),
        sheetRow(4, '2', { L: 'Martigny' }),
        sheetRow(5, '', { A: '' }),
      ]);
      workbook.sheet('Clients').setFormat('L2', { fillColor: '#FFFF00' });
      workbook.sheet('Clients').setFormat('H2', { numberFormat: '@' });
    };
    const store = () =>
      fakeStore(
        [
          storeClient(1, 3, { city: 'Lausanne', phone: '+41215551212', birthDate: '1980-02-01', notes: 'Rappeler' }),
          storeClient(2, 2, { city: 'Sion' }),
          storeClient(4, 2),
        ],
        [storeClient(3, 2)],
      );
    const lookups: RefreshLookupRequest[][] = [];
    const { fake, real } = await onBothHosts(setUp, async () => {
      const { lookup, requests } = store();
      lookups.push(requests);
      return refreshSheetFromStore({ homeCountry: 'CH', lang: 'fr', lookup, codesPerLookup: 1000, date });
    });
    expect(real.error).toBeNull();
    expect(real.result).toEqual(fake.result);
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect([fake.syncs, real.syncs]).toEqual([3, 3]);
    expect(refreshed(real.result)).toEqual({
      outcome: 'refreshed',
      sheetName: 'Clients',
      rows: 5,
      reads: 1,
      counts: { updatedCells: 4, deletedRows: 1, unknownRows: 1, conflictFields: 1, conflictRows: 1 },
      conflicts: [{ row: 3, clientId: 'id-2', code: 'CL-2', currentVersion: 2, fields: [{ key: 'city', sheet: 'Bulle', store: 'Sion' }] }],
      // Row 6 (CL-4) is at its client's version: untouched, what an import remembered of it still holds.
      touchedCodes: ['CL-1', 'CL-2', 'CL-3', 'CL-9'],
    });
    // One lookup for the sheet, each code once, with the versions the rows were filled from.
    expect(lookups[0]).toEqual([
      { codes: ['CL-1', 'CL-2', 'CL-3', 'CL-9', 'CL-4'], versions: { 'CL-1': 1, 'CL-2': 1, 'CL-3': 1, 'CL-9': 1, 'CL-4': 2 } },
    ]);
    const sheet = real.workbook.sheet('Clients');
    // Row 2: the store's city, phone (as the template shows it, text kept in a text cell) and birth date (an Excel date).
    expect(sheet.cell('L2')).toMatchObject({ value: 'Lausanne', fillColor: '#FFFF00' });
    expect(sheet.cell('H2').value).toBe('+41 21 555 12 12');
    expect(sheet.cell('Q2').value).toBe(29252);
    expect(sheet.cell('S2').value).toBe(3);
    // Row 3: a conflict, the sheet's value left and the version too; rows 4, 5: deleted, unknown.
    expect(sheet.getValues('L3:L7').map(([city]) => city)).toEqual(['Bulle', 'Genève', 'Genève', 'Martigny', 'Genève']);
    expect(sheet.getValues('S2:S7').map(([version]) => version)).toEqual([3, 1, '1', '1', '2', '']);
    expect(sheet.cell('U1')).toMatchObject({ value: 'Statut import', fontBold: true });
    expect(sheet.getValues('U2:U7').map(([status]) => status)).toEqual([
      'Actualisé le 03.12.2026',
      'Conflit\u00a0: Localité',
      'Supprimé dans la base',
      'Code inconnu dans la base',
      '',
      '',
    ]);
    // The user's own column is left as it was.
    expect(sheet.getValues('T2:T7').map(([mine]) => mine)).toEqual(['à moi 1', 'à moi 2', 'à moi 3', 'à moi 9', 'à moi 4', 'à moi 5']);
  });

  it('reads in chunks under a low response budget, one sync per chunk whatever the rows, writes in the next chunk’s request', async () => {
    const rows = 60;
    const setUp = (workbook: WorkbookModel) =>
      workbook.addSheet('Clients', [headers, ...Array.from({ length: rows }, (_, index) => sheetRow(index + 1, 1))]);
    const clients = Array.from({ length: rows }, (_, index) => storeClient(index + 1, 2, { city: `Ville ${index + 1}` }));
    const batches: number[] = [];
    const run = (responseBudget: number) =>
      onBothHosts(setUp, () => {
        const store = fakeStore(clients);
        return refreshSheetFromStore({
          homeCountry: 'CH',
          lang: 'fr',
          lookup: async (request) => {
            batches.push(request.codes.length);
            return store.lookup(request);
          },
          codesPerLookup: 7,
          responseBudget,
          date,
        });
      });
    const { fake, real } = await run(4_000);
    expect(real.error).toBeNull();
    expect(real.result).toEqual(fake.result);
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    const result = refreshed(real.result);
    expect(result.reads).toBeGreaterThan(3);
    expect([fake.syncs, real.syncs]).toEqual([result.reads + 2, result.reads + 2]);
    expect(result.counts.updatedCells).toBe(rows);
    expect(
      real.workbook
        .sheet('Clients')
        .getValues(`L2:L${rows + 1}`)
        .flat(),
    ).toEqual(clients.map((client) => client.city));
    expect(
      real.workbook
        .sheet('Clients')
        .getValues(`S2:S${rows + 1}`)
        .flat(),
    ).toEqual(clients.map(() => 2));
    // Never more than 7 codes per lookup.
    expect(Math.max(...batches)).toBeLessThanOrEqual(7);
  });

  it('reads the headers with the mapping a validation would use: confirmed for the sheet, else remembered by the store', async () => {
    const mappedHeaders = ['Réf. interne', 'Nom', 'Prénom', 'Courriel', 'Ville', 'Version'];
    const setUp = (workbook: WorkbookModel) =>
      workbook.addSheet('Clients', [mappedHeaders, ['CL-1', 'Favre1', 'Sophie', 'client1@example.ch', 'Genève', '1']]);
    const mapping = [{ header: 'Réf. interne', target: 'code' as const }];
    const signatures: string[] = [];
    const findMapping = async (signature: string) => {
      signatures.push(signature);
      return { mapping, savedBy: 'marie', savedAt: '2026-11-30T09:15:00.000Z' };
    };
    const client = storeClient(1, 2, { city: 'Sion' });
    for (const options of [
      { confirmedMappings: [{ sheetName: 'Clients', signature: 'refinterne|nom|prenom|courriel|ville', mapping }] },
      { findMapping },
    ]) {
      const { fake, real } = await onBothHosts(setUp, () =>
        refreshSheetFromStore({
          homeCountry: 'CH',
          lang: 'fr',
          lookup: fakeStore([client]).lookup,
          codesPerLookup: 1000,
          date,
          ...options,
        }),
      );
      expect(real.error).toBeNull();
      expect(real.result).toEqual(fake.result);
      expect(refreshed(real.result).counts.updatedCells).toBe(1);
      expect(real.workbook.sheet('Clients').getValues('E2:F2')).toEqual([['Sion', 2]]);
      expect([fake.syncs, real.syncs]).toEqual([3, 3]);
    }
    expect(signatures).toEqual(['refinterne|nom|prenom|courriel|ville', 'refinterne|nom|prenom|courriel|ville']);
  });

  it('says so for a sheet without a "Code client" column, in one sync (nothing written)', async () => {
    const setUp = (workbook: WorkbookModel) =>
      workbook.addSheet('Clients', [
        ['Nom *', 'Prénom *', 'Email *'],
        ['Favre', 'Sophie', 'a@b.ch'],
      ]);
    const { fake, real } = await onBothHosts(setUp, () =>
      refreshSheetFromStore({ homeCountry: 'CH', lang: 'fr', lookup: fakeStore([]).lookup, codesPerLookup: 1000 }),
    );
    expect(real.result).toEqual({ outcome: 'no_code_column', sheetName: 'Clients' });
    expect(real.result).toEqual(fake.result);
    expect([fake.syncs, real.syncs]).toEqual([1, 1]);
  });

  it('fails with the store’s error when a lookup fails, after writing nothing', async () => {
    const failure = new Error('store down');
    const setUp = (workbook: WorkbookModel) => workbook.addSheet('Clients', [headers, sheetRow(1, 1)]);
    const { real } = await onBothHosts(setUp, () =>
      refreshSheetFromStore({
        homeCountry: 'CH',
        lang: 'fr',
        lookup: () => Promise.reject(failure),
        codesPerLookup: 1000,
      }),
    );
    expect(real.error).toMatchObject({ name: 'Error' });
    expect(real.workbook.sheet('Clients').getValues('A1:T2')).toEqual([headers, sheetRow(1, 1)]);
  });
});
