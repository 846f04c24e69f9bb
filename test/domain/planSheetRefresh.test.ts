import {
  createRefreshRowReader,
  createValueNormalizer,
  describeRefreshStatus,
  planSheetRefresh,
  refreshLookup,
  type ClientValues,
  type ColumnKey,
  type RefreshAnswer,
  type RefreshRow,
  type RefreshRowStatus,
  type StoreClient,
} from '@/domain';
import { makeClient } from './support/makeClient';

const normalize = createValueNormalizer({ homeCountry: 'CH', today: '2026-06-15' });
/** A stored client (version 3 unless said): the template engine's values of a valid Swiss client, with overrides. */
const storeClient = (overrides: Parameters<typeof makeClient>[0] = {}, version = 3): StoreClient => {
  const values = normalize(makeClient(overrides)).values;
  return { ...values, id: `id-${values.code ?? ''}`, code: values.code ?? '', version };
};
const sheetKeys: ColumnKey[] = ['lastName', 'firstName', 'email', 'phone', 'city', 'country', 'birthDate'];
/** A sheet row carrying `sheetKeys`, filled from `client` at `version`, with the sheet's own edits. */
const sheetRow = (client: StoreClient, version: number | null, edits: ClientValues = {}, row = 2): RefreshRow => ({
  row,
  code: client.code,
  version,
  values: { ...Object.fromEntries(sheetKeys.map((key) => [key, client[key] ?? null])), ...edits },
});

describe('createRefreshRowReader', () => {
  const read = createRefreshRowReader(
    {
      code: 0,
      version: 1,
      keys: [
        { key: 'phone', index: 2 },
        { key: 'country', index: 3 },
        { key: 'birthDate', index: 4 },
      ],
    },
    { homeCountry: 'CH' },
  );

  it('reads the code as the store keeps codes, the version, and the values as an import normalises them', () => {
    expect(read(['  CL-000007 ', '4', '022 123 45 67', 'Suisse', 31412], 9)).toEqual({
      row: 9,
      code: 'CL-000007',
      version: 4,
      values: { phone: '+41221234567', country: 'CH', birthDate: '1985-12-31' },
    });
  });

  it.each([
    ['an empty code', ['', 4, '', '', '']],
    ['a blank code', ['   ', 4, '', '', '']],
  ])('skips a row with %s', (_name, cells) => {
    expect(read(cells, 3)).toBeNull();
  });

  it('keeps an invalid value as its text (it differs from the store: the sheet changed it) and a missing version as null', () => {
    expect(read(['CL-1', 'x', '12', '', ''], 3)).toEqual({
      row: 3,
      code: 'CL-1',
      version: null,
      values: { phone: '12', country: 'CH', birthDate: null },
    });
  });
});

describe('refreshLookup', () => {
  it('asks for each code once, with the version of its first row', () => {
    const a = storeClient({ code: 'A' });
    const b = storeClient({ code: 'B' });
    const rows = [sheetRow(a, 2, {}, 2), sheetRow(b, null, {}, 3), sheetRow(a, 1, {}, 4)];
    expect(refreshLookup(rows)).toEqual({ codes: ['A', 'B'], versions: { A: 2 } });
  });
});

describe('planSheetRefresh', () => {
  const base = storeClient({ code: 'CL-1' }, 1);
  const answerWith = (client: StoreClient, extra: Partial<RefreshAnswer> = {}): RefreshAnswer => ({
    clients: [client],
    deleted: [],
    bases: [{ code: base.code, version: 1, values: base }],
    ...extra,
  });

  type Case = [
    name: string,
    store: Parameters<typeof makeClient>[0],
    version: number | null,
    edits: ClientValues,
    writes: [ColumnKey, string | null][],
    conflicts: ColumnKey[],
    newVersion: number | null,
  ];
  it.each<Case>([
    [
      'the store changed a field the sheet did not: written, as the sheet shows it',
      { phone: '021 555 12 12' },
      1,
      {},
      [['phone', '+41 21 555 12 12']],
      [],
      3,
    ],
    ['the store emptied a field: the cell is emptied', { city: '' }, 1, {}, [['city', null]], [], 3],
    [
      'a country as the template cells name it',
      { country: 'FR', phone: '+33 1 42 68 53 00' },
      1,
      {},
      [
        ['phone', '+33 1 42 68 53 00'],
        ['country', 'France'],
      ],
      [],
      3,
    ],
    [
      'a birth date stays ISO (the sheet writer makes it an Excel date)',
      { birthDate: '01.02.1980' },
      1,
      {},
      [['birthDate', '1980-02-01']],
      [],
      3,
    ],
    ['the sheet changed a field the store did not: left for the next import', {}, 1, { city: 'Sion' }, [], [], 3],
    ['both changed a field alike: nothing to write', { city: 'Sion' }, 1, { city: 'Sion' }, [], [], 3],
    ['both changed a field differently: a conflict, the cell left', { city: 'Lausanne' }, 1, { city: 'Sion' }, [], ['city'], null],
    [
      'a conflict beside a field only the store changed: that one is written',
      { city: 'Lausanne', phone: '021 555 12 12' },
      1,
      { city: 'Sion' },
      [['phone', '+41 21 555 12 12']],
      ['city'],
      null,
    ],
    ['the store changed a field the sheet does not carry: only the version moves', { notes: 'Rappeler' }, 1, {}, [], [], 3],
    [
      'no Version cell: every differing cell is a conflict',
      { city: 'Lausanne' },
      null,
      { phone: '+41215551212' },
      [],
      ['phone', 'city'],
      null,
    ],
    ['no Version cell and nothing differs: the version is written', { notes: 'Rappeler' }, null, {}, [], [], 3],
    ['a version the store does not know: no base, as without a Version cell', { city: 'Lausanne' }, 9, {}, [], ['city'], null],
  ])('%s', (_name, store, version, edits, writes, conflicts, newVersion) => {
    const client = storeClient({ code: 'CL-1', ...store });
    // The row was filled from the base (version 1), then edited in the sheet.
    const plan = planSheetRefresh([sheetRow(base, version, edits)], answerWith(client));
    expect(plan.writes).toEqual(writes.map(([key, value]) => ({ row: 2, key, value })));
    expect(plan.conflicts.flatMap((conflict) => conflict.fields.map((field) => field.key))).toEqual(conflicts);
    expect(plan.versions).toEqual(newVersion === null ? [] : [{ row: 2, version: newVersion }]);
    expect(plan.statuses).toEqual([
      newVersion === null ? { row: 2, status: 'conflict', keys: conflicts } : { row: 2, status: 'refreshed' },
    ]);
    expect(plan.counts).toMatchObject({
      updatedCells: writes.length,
      conflictFields: conflicts.length,
      conflictRows: conflicts.length > 0 ? 1 : 0,
    });
  });

  it('reads the row from the base it was filled from (its values are the base’s, then its edits)', () => {
    const client = storeClient({ code: 'CL-1', city: 'Lausanne' });
    const row = sheetRow(base, 1, { city: 'Sion' });
    const plan = planSheetRefresh([row], answerWith(client));
    expect(plan.conflicts).toEqual([
      { row: 2, clientId: client.id, code: 'CL-1', currentVersion: 3, fields: [{ key: 'city', sheet: 'Sion', store: 'Lausanne' }] },
    ]);
    expect(plan.statuses).toEqual([{ row: 2, status: 'conflict', keys: ['city'] }]);
  });

  it('does nothing for a row at the client’s version, even one the sheet edited', () => {
    const client = storeClient({ code: 'CL-1' });
    const plan = planSheetRefresh([sheetRow(client, 3, { city: 'Sion' })], answerWith(client));
    expect(plan).toEqual({
      writes: [],
      versions: [],
      statuses: [],
      conflicts: [],
      counts: { updatedCells: 0, deletedRows: 0, unknownRows: 0, conflictFields: 0, conflictRows: 0 },
    });
  });

  it('marks rows whose client is deleted or whose code no client has, and counts them', () => {
    const gone = storeClient({ code: 'GONE' });
    const unknown = storeClient({ code: 'NOPE' });
    const kept = storeClient({ code: 'CL-1', phone: '021 555 12 12' });
    const plan = planSheetRefresh([sheetRow(gone, 1, {}, 2), sheetRow(unknown, 1, {}, 3), sheetRow(base, 1, {}, 4)], {
      clients: [kept],
      deleted: [gone],
      bases: [{ code: 'CL-1', version: 1, values: base }],
    });
    expect(plan.statuses).toEqual([
      { row: 2, status: 'deleted' },
      { row: 3, status: 'unknown_code' },
      { row: 4, status: 'refreshed' },
    ]);
    expect(plan.counts).toEqual({ updatedCells: 1, deletedRows: 1, unknownRows: 1, conflictFields: 0, conflictRows: 0 });
  });

  it('plans each of two rows with one code from its own version', () => {
    const client = storeClient({ code: 'CL-1', city: 'Lausanne' });
    const plan = planSheetRefresh([sheetRow(base, 1, {}, 2), sheetRow(client, 3, {}, 3)], answerWith(client));
    expect(plan.writes).toEqual([{ row: 2, key: 'city', value: 'Lausanne' }]);
    expect(plan.versions).toEqual([{ row: 2, version: 3 }]);
  });
});

describe('describeRefreshStatus', () => {
  const headerOf = (key: ColumnKey) => ({ city: 'Localité', email: 'Email *' })[key as 'city'] ?? key;
  const date = new Date(2026, 11, 3);
  it.each<[RefreshRowStatus, string, string]>([
    [{ row: 2, status: 'refreshed' }, 'Actualisé le 03.12.2026', 'Refreshed on 03/12/2026'],
    [{ row: 2, status: 'deleted' }, 'Supprimé dans la base', 'Deleted in the client base'],
    [{ row: 2, status: 'unknown_code' }, 'Code inconnu dans la base', 'Code unknown to the client base'],
    [{ row: 2, status: 'conflict', keys: ['city', 'email'] }, 'Conflit\u00a0: Localité, Email *', 'Conflict: Localité, Email *'],
  ])('%j', (status, fr, en) => {
    expect(describeRefreshStatus(status, headerOf, date, 'fr')).toBe(fr);
    expect(describeRefreshStatus(status, headerOf, date, 'en')).toBe(en);
  });
});
