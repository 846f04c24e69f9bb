import { createStoreClient } from '@/api-client/createStoreClient';
import { CLIENT_LOOKUP_MAX } from '@/contract/ClientLookup';
import { ImportResponse } from '@/contract/ImportResponse';
import { COLUMN_KEYS, versionHeader } from '@/domain';
import { refreshSheetFromStore, type SheetRefresh } from '@/excel/refresh/refreshSheetFromStore';
import type { WorkbookModel } from '@test/excel-host/model/WorkbookModel';
import { clientRow, templateHeaders } from '@test/excel/support/clientsSheetHost';
import { onBothHosts, workbookSnapshot } from '@test/officejs-host/compareHosts';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

// "Actualiser depuis la base" end to end: a real store over HTTP (SQLite and PostgreSQL), its lookup with the versions
// the rows were filled from, and the sheet on both Excel hosts (the in-memory one and the real office.js client).

jest.setTimeout(120_000);

describe.each(dialects)('refreshing a sheet from the store on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const tag = `rf${Date.now()}`;
  const date = new Date(2026, 11, 3);

  it('writes what the store changed since the row was filled, reports both-sides edits, marks deleted clients, twice alike', async () => {
    const names = ['A', 'B', 'C'];
    const rows = names.map((name, index) => clientRow({ A: `${name}-${tag}`, G: `${name}.${tag}@example.ch` }, index + 1));
    const imported = await app().request('/api/v1/imports', {
      method: 'POST',
      headers: headers(),
      body: { rows: rows.map((cells, index) => ({ row: index + 2, values: valuesOf(cells) })) },
    });
    const ids = ImportResponse.parse(imported.json()).results.map((result) => result.id ?? '');
    // Meanwhile in the store: A's city and phone change, B's city changes, C is deleted.
    const patch = (id: string, version: number, body: Record<string, unknown>) =>
      app().request(`/api/v1/clients/${id}`, { method: 'PATCH', headers: headers({ 'if-match': `"${version}"` }), body });
    expect((await patch(ids[0] ?? '', 1, { city: 'Lausanne', phone: '021 555 12 12' })).statusCode).toBe(200);
    expect((await patch(ids[1] ?? '', 1, { city: 'Sion' })).statusCode).toBe(200);
    expect((await app().request(`/api/v1/clients/${ids[2]}`, { method: 'DELETE', headers: headers() })).statusCode).toBe(200);

    // The sheet, filled at version 1; B's city edited in the sheet too.
    const setUp = (workbook: WorkbookModel) =>
      workbook.addSheet('Clients', [
        [...templateHeaders, versionHeader],
        ...rows.map((cells, index) => [...cells.map((cell, column) => (index === 1 && column === 11 ? 'Bulle' : cell)), '1']),
      ]);
    const token = (headers().authorization ?? '').replace(/^Bearer /, '');
    const api = createStoreClient({ storeUrl: app().url, token });
    const refresh = () =>
      refreshSheetFromStore({
        homeCountry: 'CH',
        lang: 'fr',
        lookup: (request) => api.lookupClients(request),
        codesPerLookup: CLIENT_LOOKUP_MAX,
        date,
      });
    const { fake, real } = await onBothHosts(setUp, refresh);
    expect(real.error).toBeNull();
    expect(real.result).toEqual(fake.result);
    expect(workbookSnapshot(real.workbook)).toEqual(workbookSnapshot(fake.workbook));
    expect([fake.syncs, real.syncs]).toEqual([3, 3]);
    const result = real.result as SheetRefresh & { outcome: 'refreshed' };
    expect(result.counts).toEqual({ updatedCells: 2, deletedRows: 1, unknownRows: 0, conflictFields: 1, conflictRows: 1 });
    expect(result.conflicts).toEqual([
      { row: 3, clientId: ids[1], code: `B-${tag}`, currentVersion: 2, fields: [{ key: 'city', sheet: 'Bulle', store: 'Sion' }] },
    ]);
    const sheet = real.workbook.sheet('Clients');
    expect(sheet.getValues('H2:H4').flat()).toEqual(['+41 21 555 12 12', '', '']);
    expect(sheet.getValues('L2:L4').flat()).toEqual(['Lausanne', 'Bulle', 'Genève']);
    expect(sheet.getValues('S2:S4').flat()).toEqual([2, '1', '1']);
    expect(sheet.getValues('T2:T4').flat()).toEqual(['Actualisé le 03.12.2026', 'Conflit\u00a0: Localité', 'Supprimé dans la base']);

    // Refreshed again: A is now at its version (nothing to write), B's conflict is still there, C still deleted.
    const again = await onBothHosts((workbook) => {
      setUp(workbook);
      workbook.sheet('Clients').setValues(sheet.getValues('A1:T4'), 'A1');
    }, refresh);
    expect(again.real.error).toBeNull();
    expect((again.real.result as SheetRefresh & { outcome: 'refreshed' }).counts).toEqual({
      updatedCells: 0,
      deletedRows: 1,
      unknownRows: 0,
      conflictFields: 1,
      conflictRows: 1,
    });
    expect(again.real.workbook.sheet('Clients').getValues('A1:T4')).toEqual(sheet.getValues('A1:T4'));
  });
});

/** A template row's cells as an import sends them, by key (columns A–R in template order). */
function valuesOf(cells: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(COLUMN_KEYS.map((key, index) => [key, cells[index] === '' ? null : cells[index]]));
}
