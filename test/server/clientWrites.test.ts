import { findClientOrThrow, type WriteContext } from '@/server/clients/clientRepository';
import { applyClientChanges, deleteClient, type ChangeRequest, type WriteMode } from '@/server/clients/clientWrites';
import { dialects, useStoreFixture } from './support/useStoreFixture';

let unique = 0;
const tagged = (name: string) => `${name}${(unique += 1)}x${Date.now()}`;

describe.each(dialects)('applyClientChanges on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  const write = <T>(run: (context: WriteContext) => Promise<T>) =>
    fixture()
      .database.db.transaction()
      .execute((trx) =>
        run({
          trx,
          insertRows: fixture().database.insertRows,
          now: new Date().toISOString(),
          by: 'test',
          batchId: null,
          homeCountry: 'CH',
        }),
      );
  const apply = (changes: ChangeRequest[], mode: WriteMode) => write((context) => applyClientChanges(context, changes, mode, 'fr'));
  const read = (id: string) => findClientOrThrow(fixture().database.db, id);
  const person = (email: string, extra: Record<string, unknown> = {}) => ({ lastName: 'Rossi', firstName: 'Anna', email, ...extra });

  it('gives one outcome per change, in order, each new client with its own id and code; a taken email fails only its change', async () => {
    const tag = tagged('ins');
    const outcomes = await apply(
      [{ values: person(`a.${tag}@example.ch`) }, { values: person(`b.${tag}@example.ch`) }, { values: person(`A.${tag}@example.ch`) }],
      'insert',
    );
    expect(outcomes).toEqual([
      { status: 'created', id: expect.stringMatching(/^[0-9a-z]{6,}$/), code: expect.stringMatching(/^CL-\d{6}$/), version: 1, kept: [] },
      { status: 'created', id: expect.stringMatching(/^[0-9a-z]{6,}$/), code: expect.stringMatching(/^CL-\d{6}$/), version: 1, kept: [] },
      {
        status: 'failed',
        reason: 'taken',
        id: null,
        code: null,
        errors: [expect.objectContaining({ path: 'email', code: 'email.taken' })],
      },
    ]);
    const [first, second] = outcomes;
    expect(new Set([first?.id, second?.id]).size).toBe(2);
    expect(new Set([first?.code, second?.code]).size).toBe(2);
  });

  it('reports the final id and code of a client created earlier in the batch, for later changes that update it, leave it unchanged or fail on it', async () => {
    const tag = tagged('late');
    const outcomes = await apply(
      [
        { values: person(`c.${tag}@example.ch`, { city: 'Sion' }) },
        { values: { email: `c.${tag}@example.ch`, city: 'Sion' } },
        { values: { email: `c.${tag}@example.ch`, code: `K-${tag}` } },
        { values: { email: `c.${tag}@example.ch`, postalCode: '12' } },
      ],
      'upsert',
    );
    const id = outcomes[0]?.id;
    expect(outcomes.map((outcome) => [outcome.status, outcome.id, outcome.code])).toEqual([
      ['created', id, `K-${tag}`],
      ['unchanged', id, `K-${tag}`],
      ['updated', id, `K-${tag}`],
      ['failed', id, `K-${tag}`],
    ]);
    expect(await read(id ?? '')).toMatchObject({ code: `K-${tag}`, city: 'Sion', version: 1 });
  });

  it('fails a change whose expected version is stale, writing nothing, and applies one that still has it', async () => {
    const tag = tagged('ver');
    const [created] = await apply([{ values: person(`v.${tag}@example.ch`) }], 'insert');
    const id = created?.id ?? '';
    const [stale] = await apply([{ id, expectedVersion: 2, values: { city: 'Bern' } }], 'update');
    expect(stale).toEqual({ status: 'failed', reason: 'stale', id, code: created?.code, errors: [] });
    expect(await read(id)).toMatchObject({ city: null, version: 1 });
    const byKey = await apply(
      [
        { expectedVersion: 1, values: { email: `v.${tag}@example.ch`, city: 'Bern' } },
        { expectedVersion: 1, values: { email: `v.${tag}@example.ch`, city: 'Chur' } },
      ],
      'update',
    );
    expect(byKey.map((outcome) => outcome.status)).toEqual(['updated', 'failed']);
    expect(await read(id)).toMatchObject({ city: 'Bern', version: 2 });
  });

  it('answers not_found for an unknown or deleted id, and checks a code outside the batch keys against the store', async () => {
    const tag = tagged('id');
    const [first, second] = await apply(
      [{ values: person(`x.${tag}@example.ch`, { code: `X-${tag}` }) }, { values: person(`y.${tag}@example.ch`) }],
      'insert',
    );
    const [unknown] = await apply([{ id: 'nope', values: { city: 'Bern' } }], 'update');
    expect(unknown).toMatchObject({ status: 'failed', reason: 'not_found', id: null });
    await write((context) => deleteClient(context, first?.id ?? '', undefined));
    const [deleted] = await apply([{ id: first?.id ?? '', values: { city: 'Bern' } }], 'upsert');
    expect(deleted).toMatchObject({ status: 'failed', reason: 'not_found', id: null });
    const [taken] = await apply([{ id: second?.id ?? '', values: { code: `X-${tag}` } }], 'update');
    expect(taken).toMatchObject({ status: 'failed', reason: 'taken', id: second?.id, errors: [{ path: 'code', code: 'code.taken' }] });
    expect((await read(first?.id ?? '')).code).toBe(`X-${tag}`);
  });
});
