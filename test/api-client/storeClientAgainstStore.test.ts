import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import { headerSignature } from '@/domain';
import { storeClientErrorOf as errorOf } from './support/storeClientErrorOf';
import { startStoreProcess, type StoreProcess } from '../browser/support/startStoreProcess';

// Every method of the store client against a real store (`tsx src/cli/store.ts serve` over a temp SQLite file):
// the contract schemas parse what the routes answer.
describe('createStoreClient against a real store', () => {
  let store: StoreProcess | undefined;
  let api: StoreClient;
  let other: StoreClient;

  beforeAll(async () => {
    store = await startStoreProcess('https://localhost:3000');
    api = createStoreClient({ storeUrl: store.url, token: await store.createToken('accueil') });
    other = createStoreClient({ storeUrl: store.url, token: await store.createToken('compta') });
  }, 90_000);

  afterAll(async () => {
    await store?.stop();
  }, 30_000);

  it('creates, finds, reads, patches with If-Match, conflicts, deletes, restores and lists the history', async () => {
    const created = await api.createClient({
      lastName: 'Dupré',
      firstName: 'Élodie',
      email: 'elodie@dupre.ch',
      phone: '022 123 45 67',
      nationality: 'Sénégal',
    });
    expect(created).toMatchObject({
      version: 1,
      phone: '+41221234567',
      nationality: 'SN',
      foreign: true,
      createdBy: 'accueil',
      deletedAt: null,
    });
    expect(created.code).toMatch(/^CL-\d+$/);

    const found = await api.searchClients({ q: 'DUPRE elo', foreign: 'true', limit: 10 });
    expect(found).toMatchObject({ total: 1, nextCursor: null });
    expect(found.items[0]?.id).toBe(created.id);
    expect((await api.searchClients({ letter: 'd' })).total).toBe(1);
    await expect(api.getClient(created.id)).resolves.toEqual(created);

    const updated = await api.updateClient(created.id, 1, { city: 'Genève' });
    expect(updated).toMatchObject({ version: 2, city: 'Genève' });
    await other.updateClient(created.id, 2, { city: 'Lancy' });
    const conflict = await errorOf(api.updateClient(created.id, 2, { city: 'Carouge' }));
    expect(conflict).toMatchObject({ code: 'conflict', status: 409 });
    expect(conflict.current).toMatchObject({ version: 3, city: 'Lancy', updatedBy: 'compta' });

    const refused = await errorOf(api.createClient({ lastName: 'X', firstName: 'Y', email: 'pas-un-email' }));
    expect(refused.code).toBe('validation_failed');
    expect(refused.fields).toEqual([expect.objectContaining({ path: 'email', code: 'email.invalid' })]);

    expect(await api.deleteClient(created.id, { version: 3 })).toMatchObject({ version: 4, deletedAt: expect.any(String) });
    expect((await api.searchClients({ q: 'dupre' })).total).toBe(0);
    expect(await api.restoreClient(created.id)).toMatchObject({ version: 5, deletedAt: null });
    const history = await api.getClientHistory(created.id);
    expect(history.items.map((version) => [version.version, version.change, version.changedBy])).toEqual([
      [5, 'restored', 'accueil'],
      [4, 'deleted', 'accueil'],
      [3, 'updated', 'compta'],
      [2, 'updated', 'accueil'],
      [1, 'created', 'accueil'],
    ]);
    expect((await errorOf(api.getClient('nope'))).code).toBe('not_found');
  }, 60_000);

  it('imports rows with an Idempotency-Key (a resend is a replay), then reverts the batch', async () => {
    const rows = [
      { row: 2, values: { lastName: 'Martin', firstName: 'Luc', email: 'luc@martin.ch', postalCode: 1950 } },
      { row: 3, values: { lastName: 'Keller', firstName: 'Hans', email: null } },
    ];
    const first = await api.importRows({ rows }, { idempotencyKey: 'import-1' });
    expect(first.mode).toBe('upsert');
    expect(first.results.map((result) => [result.row, result.status])).toEqual([
      [2, 'created'],
      [3, 'failed'],
    ]);
    const replay = await api.importRows({ rows }, { idempotencyKey: 'import-1' });
    expect(replay).toEqual(first);
    expect((await api.searchClients({ q: 'martin' })).total).toBe(1);
    expect((await errorOf(api.importRows({ rows: rows.slice(0, 1) }, { idempotencyKey: 'import-1' }))).code).toBe('idempotency_mismatch');

    const reverted = await api.revertImport(first.batchId);
    expect(reverted).toMatchObject({ batchId: first.batchId, reverted: [{ action: 'deleted' }], skipped: [] });
    expect((await api.searchClients({ q: 'martin' })).total).toBe(0);
    expect((await errorOf(api.revertImport('no-such-batch'))).code).toBe('not_found');
  }, 60_000);

  it('remembers column mappings: none at first, a version per save by the token’s name, the latest listed first', async () => {
    const headers = ['Primary Email', 'Nom complet'];
    const signature = headerSignature(headers);
    expect(await api.getMapping(signature)).toBeNull();

    const first = await api.saveMapping({ signature, headers, columns: [{ header: 'Nom complet', target: 'fullName' }] });
    expect(first).toMatchObject({ signature, headers, version: 1, savedBy: 'accueil' });
    const second = await other.saveMapping({ signature, headers, columns: [{ header: 'Primary Email', target: 'email' }] });
    expect(second).toMatchObject({ version: 2, savedBy: 'compta', columns: [{ header: 'Primary Email', target: 'email' }] });
    await expect(api.getMapping(signature)).resolves.toEqual(second);

    const otherSheet = await api.saveMapping({ signature: 'email|societe', headers: ['E-mail', 'Société'], columns: [] });
    expect((await api.listMappings()).items).toEqual([otherSheet, second]);

    const refused = await errorOf(api.saveMapping({ signature, headers, columns: [{ header: 'x', target: 'courriel' as 'email' }] }));
    expect(refused).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(refused.fields).toEqual([expect.objectContaining({ path: 'columns.0.target', code: 'invalid_value' })]);
  }, 60_000);

  it('finds the candidates of values being typed, refuses a probable twin with its candidates, creates it with allowDuplicate', async () => {
    const first = await api.createClient({ lastName: 'Favre', firstName: 'Luc', email: 'luc@favre.ch', birthDate: '02.03.1971' });
    const typed = { lastName: 'Favre', firstName: 'L.', birthDate: '02.03.1971' };
    expect((await api.findCandidates(typed)).candidates).toEqual([
      expect.objectContaining({
        id: first.id,
        code: first.code,
        reasons: ['sameNameBirthDate'],
        description: 'même nom et même date de naissance',
      }),
    ]);
    const twin = { ...typed, firstName: 'Luc', email: 'l.favre@gmail.com' };
    const refused = await errorOf(api.createClient(twin));
    expect(refused).toMatchObject({ code: 'client.possibleDuplicate', status: 409 });
    expect(refused.candidates.map((candidate) => candidate.id)).toEqual([first.id]);
    expect(await api.createClient({ ...twin, allowDuplicate: true })).toMatchObject({ email: 'l.favre@gmail.com', version: 1 });
  }, 60_000);

  it('lists the probable pairs, merges one (a stale merge is refused with both clients), undoes it, dismisses it', async () => {
    const older = await api.createClient({ lastName: 'Rochat', firstName: 'Anne', email: 'anne@rochat.ch', birthDate: '04.07.1980' });
    const newer = await api.createClient({
      lastName: 'Rochat',
      firstName: 'Anne',
      email: 'a.rochat@gmail.com',
      birthDate: '04.07.1980',
      city: 'Sion',
      allowDuplicate: true,
    });
    const ids = (pair: { clients: readonly { id: string }[] }) => pair.clients.map((client) => client.id);
    const { items } = await api.listDuplicates({ limit: 100 });
    expect(items.map(ids)).toContainEqual([older.id, newer.id]);

    const stale = await errorOf(api.mergeClients(older.id, { from: newer.id, version: 1, fromVersion: 2, values: {} }));
    expect(stale).toMatchObject({ code: 'conflict', status: 409 });
    expect(stale.current).toMatchObject({ id: older.id, version: 1 });
    expect(stale.other).toMatchObject({ id: newer.id, version: 1 });

    const merged = await api.mergeClients(older.id, { from: newer.id, version: 1, fromVersion: 1, values: { city: 'Sion' } });
    expect(merged.client).toMatchObject({ id: older.id, city: 'Sion', version: 2 });
    expect(merged.merged).toMatchObject({ id: newer.id, mergedInto: older.id, deletedAt: expect.any(String) });
    expect((await api.getClientHistory(older.id)).items[0]).toMatchObject({ change: 'merged', otherClient: { id: newer.id } });

    const undone = await api.unmergeClients(older.id, newer.id);
    expect(undone.client).toMatchObject({ id: older.id, city: null, version: 3 });
    expect(undone.restored).toMatchObject({ id: newer.id, deletedAt: null });

    await api.dismissDuplicate([newer.id, older.id]);
    await api.dismissDuplicate([older.id, newer.id]);
    expect((await api.listDuplicates({ limit: 100 })).items.map(ids)).not.toContainEqual([older.id, newer.id]);
  }, 60_000);
});
