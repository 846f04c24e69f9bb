import { ApiError } from '@/contract/ApiError';
import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { ClientList } from '@/contract/ClientList';
import { ImportResponse } from '@/contract/ImportResponse';
import { RevertResponse } from '@/contract/RevertResponse';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

let unique = 0;
const tagged = (name: string) => `${name}${(unique += 1)}x${Date.now()}`;

describe.each(dialects)('POST /api/v1/imports and revert on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const postImport = (body: unknown, extra: Record<string, string> = {}) =>
    app().request('/api/v1/imports', { method: 'POST', headers: headers(extra), body });
  const runImport = async (body: unknown, extra: Record<string, string> = {}) => {
    const response = await postImport(body, extra);
    expect(response.statusCode).toBe(200);
    return ImportResponse.parse(response.json());
  };
  const getClient = async (id: string) => Client.parse((await app().request(`/api/v1/clients/${id}`, { headers: headers() })).json());
  const count = async (q: string) =>
    ClientList.parse((await app().request(`/api/v1/clients?q=${encodeURIComponent(q)}`, { headers: headers() })).json()).total;
  const person = (email: string, extra: Record<string, unknown> = {}) => ({ lastName: 'Rossi', firstName: 'Anna', email, ...extra });

  it('creates, updates and reports unchanged rows by code, else by email (case ignored), with per-row results', async () => {
    const tag = tagged('imp');
    const first = await runImport({
      rows: [
        { row: 2, values: person(`a.${tag}@example.ch`, { city: tag }) },
        { row: 3, values: person(`b.${tag}@example.ch`, { city: tag, code: `K-${tag}` }) },
      ],
    });
    expect(first.mode).toBe('upsert');
    expect(first.results).toEqual([
      { row: 2, status: 'created', id: expect.any(String), code: expect.stringMatching(/^CL-\d{6}$/), version: 1, errors: [] },
      { row: 3, status: 'created', id: expect.any(String), code: `K-${tag}`, version: 1, errors: [] },
    ]);
    expect(first.counts).toEqual({ created: 2, updated: 0, unchanged: 0, conflict: 0, duplicate: 0, failed: 0 });
    const [a, b] = first.results;

    const second = await runImport({
      rows: [
        { row: 2, values: { email: `A.${tag}@EXAMPLE.ch`, phone: '079 123 45 67' } },
        { row: 3, values: { code: `K-${tag}`, city: tag } },
        { row: 4, values: person(`c.${tag}@example.ch`, { city: tag }) },
      ],
    });
    expect(second.results.map((result) => [result.row, result.status, result.id])).toEqual([
      [2, 'updated', a?.id],
      [3, 'unchanged', b?.id],
      [4, 'created', expect.any(String)],
    ]);
    expect(await getClient(a?.id ?? '')).toMatchObject({ mobile: null, phone: '+41791234567', version: 2, lastName: 'Rossi', city: tag });
    expect(await count(tag)).toBe(3);
  });

  it('validates each row with the template engine and fails only the bad rows, in the request language', async () => {
    const tag = tagged('bad');
    const result = await runImport(
      {
        rows: [
          { row: 5, values: { lastName: 'Ok', firstName: 'Row', email: `ok.${tag}@example.ch`, birthDate: 29000 } },
          { row: 6, values: { lastName: '', firstName: 'No', email: 'not-an-email', postalCode: '12' } },
        ],
      },
      { 'accept-language': 'en' },
    );
    expect(result.results[0]).toMatchObject({ row: 5, status: 'created' });
    expect(result.results[1]).toEqual({
      row: 6,
      status: 'failed',
      id: null,
      code: null,
      errors: [
        { path: 'lastName', code: 'value.required', message: expect.any(String) },
        { path: 'email', code: 'email.invalid', message: expect.stringContaining('not-an-email') },
        { path: 'postalCode', code: 'postalCode.invalid', message: expect.any(String) },
      ],
    });
    expect(result.results[1]?.errors[0]?.message).not.toBe('Valeur obligatoire manquante.');
    expect((await getClient(result.results[0]?.id ?? '')).birthDate).toBe('1979-05-25');
  });

  it('fails a row whose code and email point at two different clients, never merging them', async () => {
    const tag = tagged('amb');
    const seed = await runImport({
      rows: [
        { row: 1, values: person(`x.${tag}@example.ch`, { code: `X-${tag}` }) },
        { row: 2, values: person(`y.${tag}@example.ch`) },
      ],
    });
    const result = await runImport({ rows: [{ row: 9, values: person(`y.${tag}@example.ch`, { code: `X-${tag}`, city: 'Bern' }) }] });
    expect(result.results[0]).toMatchObject({
      row: 9,
      status: 'failed',
      errors: [
        { path: 'code', code: 'match.ambiguous' },
        { path: 'email', code: 'match.ambiguous' },
      ],
    });
    expect(result.results[0]?.errors[0]?.message).toContain('deux clients différents');
    for (const created of seed.results) expect((await getClient(created.id ?? '')).version).toBe(1);
  });

  it('honours the modes: create refuses existing clients, update refuses unknown ones', async () => {
    const tag = tagged('mode');
    await runImport({ rows: [{ row: 1, values: person(`m.${tag}@example.ch`) }] });
    const create = await runImport({
      mode: 'create',
      rows: [
        { row: 1, values: person(`M.${tag}@example.ch`) },
        { row: 2, values: person(`n.${tag}@example.ch`) },
      ],
    });
    expect(create.results.map((result) => [result.status, result.errors.map((error) => error.code)])).toEqual([
      ['failed', ['match.exists']],
      ['created', []],
    ]);
    const update = await runImport({
      mode: 'update',
      rows: [
        { row: 1, values: person(`m.${tag}@example.ch`, { city: 'Chur' }) },
        { row: 2, values: person(`o.${tag}@example.ch`) },
      ],
    });
    expect(update.results.map((result) => [result.status, result.errors.map((error) => error.code)])).toEqual([
      ['updated', []],
      ['failed', ['match.notFound']],
    ]);
  });

  it('does not match deleted clients: their email can be imported anew, their code stays taken', async () => {
    const tag = tagged('del');
    const seed = await runImport({ rows: [{ row: 1, values: person(`d.${tag}@example.ch`, { code: `D-${tag}` }) }] });
    const id = seed.results[0]?.id ?? '';
    await app().request(`/api/v1/clients/${id}`, { method: 'DELETE', headers: headers() });
    const again = await runImport({
      rows: [
        { row: 1, values: person(`d.${tag}@example.ch`) },
        { row: 2, values: person(`e.${tag}@example.ch`, { code: `D-${tag}` }) },
      ],
    });
    expect(again.results[0]).toMatchObject({ status: 'created' });
    expect(again.results[0]?.id).not.toBe(id);
    expect(again.results[1]).toMatchObject({ status: 'failed', errors: [{ path: 'code', code: 'code.taken' }] });
  });

  it('applies rows in order within a batch: an email freed by an earlier row can be taken by a later one', async () => {
    const tag = tagged('ord');
    const seed = await runImport({
      rows: [
        { row: 1, values: person(`p.${tag}@example.ch`, { code: `P-${tag}` }) },
        { row: 2, values: person(`q.${tag}@example.ch`, { code: `Q-${tag}` }) },
      ],
    });
    const result = await runImport({
      rows: [
        { row: 1, values: { code: `P-${tag}`, email: `q.${tag}@example.ch` } },
        { row: 2, values: { code: `Q-${tag}`, email: `r.${tag}@example.ch` } },
        { row: 3, values: { code: `P-${tag}`, email: `q.${tag}@example.ch` } },
      ],
    });
    expect(result.results.map((row) => [row.status, row.errors.map((error) => error.code)])).toEqual([
      ['failed', ['match.ambiguous', 'match.ambiguous']],
      ['updated', []],
      ['updated', []],
    ]);
    expect((await getClient(seed.results[0]?.id ?? '')).email).toBe(`q.${tag}@example.ch`);
  });

  it('lets a later row of the batch update (or fail on) a client an earlier row created, with its final id and code', async () => {
    const tag = tagged('same');
    const result = await runImport({
      rows: [
        { row: 2, values: person(`z.${tag}@example.ch`, { city: 'Sion' }) },
        { row: 3, values: { email: `Z.${tag}@example.ch`, city: 'Sierre' } },
        { row: 4, values: { email: `z.${tag}@example.ch`, postalCode: '12' } },
      ],
    });
    const [created, updated, failed] = result.results;
    expect(created).toMatchObject({ status: 'created', code: expect.stringMatching(/^CL-\d{6}$/) });
    expect(updated).toMatchObject({ status: 'updated', id: created?.id, code: created?.code });
    expect(failed).toMatchObject({
      status: 'failed',
      id: created?.id,
      code: created?.code,
      errors: [{ path: 'postalCode', code: 'postalCode.invalid' }],
    });
    expect(await getClient(created?.id ?? '')).toMatchObject({ city: 'Sierre', version: 1 });
  });

  it('answers 413 naming the limit beyond 1000 rows, and applies nothing', async () => {
    const tag = tagged('big');
    const rows = Array.from({ length: 1001 }, (_, index) => ({
      row: index + 2,
      values: person(`big${index}.${tag}@example.ch`, { city: tag }),
    }));
    const response = await postImport({ rows });
    expect(response.statusCode).toBe(413);
    expect(ApiError.parse(response.json()).error).toEqual({
      code: 'payload_too_large',
      message: 'Requête trop volumineuse.',
      fields: [{ path: 'rows', code: 'too_big', message: 'Au plus 1\u202f000 lignes par lot d’import\u00a0: découpez l’envoi.' }],
    });
    expect(await count(tag)).toBe(0);
  });

  it('refuses a malformed batch with 400 naming the field', async () => {
    const response = await postImport({ mode: 'merge', rows: [{ row: 1, values: { shoe: 'x' } }] });
    expect(response.statusCode).toBe(400);
    expect(
      ApiError.parse(response.json())
        .error.fields.map((field) => field.path)
        .sort(),
    ).toEqual(['mode', 'rows.0.values.shoe']);
  });

  it('applies a batch retried with its Idempotency-Key once and answers the first response; another body → 422', async () => {
    const tag = tagged('idem');
    const body = {
      rows: [
        { row: 1, values: person(`i.${tag}@example.ch`, { city: tag }) },
        { row: 2, values: person(`j.${tag}@example.ch`, { city: tag }) },
      ],
    };
    const key = `key-${tag}`;
    const [first, second] = await Promise.all([postImport(body, { 'idempotency-key': key }), postImport(body, { 'idempotency-key': key })]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.json()).toEqual(first.json());
    const third = await postImport(body, { 'idempotency-key': key });
    expect(third.statusCode).toBe(200);
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(third.json()).toEqual(first.json());
    expect(await count(tag)).toBe(2);

    const other = await postImport({ rows: [{ row: 1, values: person(`k.${tag}@example.ch`) }] }, { 'idempotency-key': key });
    expect(other.statusCode).toBe(422);
    expect(ApiError.parse(other.json()).error).toEqual({
      code: 'idempotency_mismatch',
      message: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
      fields: [],
    });
  });

  it('reverts a batch: created clients deleted, updated ones restored, except a client edited after the batch', async () => {
    const tag = tagged('rev');
    const seed = await runImport({
      rows: [1, 2].map((n) => ({ row: n, values: person(`s${n}.${tag}@example.ch`, { city: 'Avant', code: `S${n}-${tag}` }) })),
    });
    const batch = await runImport({
      rows: [
        { row: 1, values: { code: `S1-${tag}`, city: 'Après' } },
        { row: 2, values: { code: `S2-${tag}`, city: 'Après' } },
        { row: 3, values: person(`new.${tag}@example.ch`, { city: tag }) },
      ],
    });
    const [s1, s2] = seed.results.map((result) => result.id ?? '');
    const createdId = batch.results[2]?.id ?? '';
    // s2 is edited after the batch: the revert must leave it alone.
    const edited = await app().request(`/api/v1/clients/${s2}`, {
      method: 'PATCH',
      headers: headers({ 'if-match': '"2"' }),
      body: { notes: 'modifié à la main' },
    });
    expect(edited.statusCode).toBe(200);

    const response = await app().request(`/api/v1/imports/${batch.batchId}/revert`, { method: 'POST', headers: headers() });
    expect(response.statusCode).toBe(200);
    const revert = RevertResponse.parse(response.json());
    expect(revert.reverted).toEqual(
      expect.arrayContaining([
        { id: s1, code: `S1-${tag}`, action: 'restored' },
        { id: createdId, code: expect.stringMatching(/^CL-/), action: 'deleted' },
      ]),
    );
    expect(revert.reverted).toHaveLength(2);
    expect(revert.skipped).toEqual([{ id: s2, code: `S2-${tag}`, reason: 'changed_after' }]);

    expect(await getClient(s1 ?? '')).toMatchObject({ city: 'Avant', version: 3 });
    expect(await getClient(s2 ?? '')).toMatchObject({ city: 'Après', notes: 'modifié à la main' });
    expect((await getClient(createdId)).deletedAt).not.toBeNull();
    const history = ClientHistory.parse((await app().request(`/api/v1/clients/${s1}/history`, { headers: headers() })).json());
    expect(history.items.map((item) => [item.change, item.fields, item.batchId])).toEqual([
      ['reverted', ['city'], null],
      ['updated', ['city'], batch.batchId],
      ['created', expect.any(Array), seed.batchId],
    ]);

    const twice = await app().request(`/api/v1/imports/${batch.batchId}/revert`, { method: 'POST', headers: headers() });
    expect(twice.statusCode).toBe(409);
    const unknown = await app().request('/api/v1/imports/nope/revert', { method: 'POST', headers: headers() });
    expect(unknown.statusCode).toBe(404);
  });
});
