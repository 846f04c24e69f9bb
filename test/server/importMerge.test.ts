import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { ImportResponse } from '@/contract/ImportResponse';
import { dialects } from './support/useStoreFixture';
import { useTestApp } from './support/useTestApp';

// Real databases, and a concurrent round of imports and patches: bounded by their work, not by jest's 30 s default.
jest.setTimeout(120_000);

let unique = 0;
const tagged = (name: string) => `${name}${(unique += 1)}x${Date.now()}`;

describe.each(dialects)('POST /api/v1/imports with the version each row was filled from on %s', (dialect) => {
  const { app, headers } = useTestApp(dialect);
  const runImport = async (body: unknown) => {
    const response = await app().request('/api/v1/imports', { method: 'POST', headers: headers(), body });
    expect(response.statusCode).toBe(200);
    return ImportResponse.parse(response.json());
  };
  const getClient = async (id: string) => Client.parse((await app().request(`/api/v1/clients/${id}`, { headers: headers() })).json());
  const history = async (id: string) =>
    ClientHistory.parse((await app().request(`/api/v1/clients/${id}/history`, { headers: headers() })).json());
  const patch = (id: string, version: number, body: Record<string, unknown>) =>
    app().request(`/api/v1/clients/${id}`, { method: 'PATCH', headers: headers({ 'if-match': `"${version}"` }), body });

  /** A client created by an import (version 1), and the sheet row filled from it. */
  const seed = async (extra: Record<string, unknown> = {}) => {
    const tag = tagged('m');
    const values = { code: `M-${tag}`, lastName: 'Rossi', firstName: 'Anna', email: `${tag}@example.ch`, city: 'Genève', ...extra };
    const [created] = (await runImport({ rows: [{ row: 2, values }] })).results;
    expect(created).toMatchObject({ status: 'created', version: 1 });
    if (created?.status !== 'created') throw new Error('not created');
    return { id: created.id, values };
  };

  it('keeps a change made in the store after the sheet was filled, applies the sheet’s own, and says what it kept', async () => {
    const { id, values } = await seed();
    expect((await patch(id, 1, { city: 'Lausanne', phone: '021 555 12 12' })).statusCode).toBe(200);
    const response = await runImport({ rows: [{ row: 7, version: 1, values: { ...values, notes: 'Rappeler en mai' } }] });
    const [result] = response.results;
    expect(result).toMatchObject({ row: 7, status: 'updated', id, version: 3, kept: ['city'], errors: [] });
    const stored = await getClient(id);
    expect(stored).toMatchObject({ city: 'Lausanne', phone: '+41215551212', notes: 'Rappeler en mai', version: 3 });
    expect(result?.status === 'updated' ? result.client : undefined).toEqual(stored);
    expect(response.counts).toEqual({ created: 0, updated: 1, unchanged: 0, conflict: 0, duplicate: 0, failed: 0 });
    // The sheet carries no phone: the store's new phone is kept without being named (no cell to write it back into).
  });

  it('answers unchanged, with the kept keys and the client, when the sheet changed nothing the store did not', async () => {
    const { id, values } = await seed();
    expect((await patch(id, 1, { city: 'Sion' })).statusCode).toBe(200);
    const [result] = (await runImport({ rows: [{ row: 2, version: 1, values: { ...values, city: 'Genève' } }] })).results;
    expect(result).toMatchObject({ status: 'unchanged', version: 2, kept: ['city'] });
    expect(result?.status === 'unchanged' ? result.client?.city : undefined).toBe('Sion');
    expect((await getClient(id)).version).toBe(2);
  });

  it('answers conflict for a key both sides changed differently, and writes nothing of the row', async () => {
    const { id, values } = await seed();
    expect((await patch(id, 1, { city: 'Lausanne' })).statusCode).toBe(200);
    const before = await getClient(id);
    const response = await runImport({ rows: [{ row: 4, version: 1, values: { ...values, city: 'Sion', notes: 'Déménagé' } }] });
    const [result] = response.results;
    expect(result).toMatchObject({ row: 4, status: 'conflict', id, code: values.code, conflict: { fields: ['city'], current: before } });
    expect(result?.errors).toEqual([
      { path: 'city', code: 'version.conflict', message: expect.stringContaining('à la fois dans la feuille et dans la base') },
    ]);
    expect(response.counts).toEqual({ created: 0, updated: 0, unchanged: 0, conflict: 1, duplicate: 0, failed: 0 });
    // Nothing of the row: neither its city nor its notes, and no new version.
    expect(await getClient(id)).toEqual(before);
    expect((await history(id)).items).toHaveLength(2);
  });

  it('sees no conflict when both sides made the same change (compared as the template engine normalises them)', async () => {
    const { id, values } = await seed({ phone: '022 123 45 67' });
    expect((await patch(id, 1, { phone: '022 999 88 77' })).statusCode).toBe(200);
    const [result] = (await runImport({ rows: [{ row: 2, version: 1, values: { ...values, phone: '+41 22 999 88 77', notes: 'ok' } }] }))
      .results;
    expect(result).toMatchObject({ status: 'updated', version: 3 });
    expect(result).not.toHaveProperty('kept');
    expect(await getClient(id)).toMatchObject({ phone: '+41229998877', notes: 'ok' });
  });

  it('merges from any older version in the history (two store changes since)', async () => {
    const { id, values } = await seed();
    expect((await patch(id, 1, { city: 'Sion' })).statusCode).toBe(200);
    expect((await patch(id, 2, { company: 'Atelier Rossi' })).statusCode).toBe(200);
    const [result] = (await runImport({ rows: [{ row: 2, version: 1, values: { ...values, company: 'Rossi SA', firstName: 'Anne' } }] }))
      .results;
    expect(result).toMatchObject({ status: 'conflict', conflict: { fields: ['company'] } });
    const [merged] = (
      await runImport({ rows: [{ row: 2, version: 2, values: { ...values, city: 'Sion', company: null, firstName: 'Anne' } }] })
    ).results;
    expect(merged).toMatchObject({ status: 'updated', version: 4, kept: ['company'] });
    expect(await getClient(id)).toMatchObject({ city: 'Sion', company: 'Atelier Rossi', firstName: 'Anne' });
  });

  it('applies the row as it is without a version or at the current version (as before)', async () => {
    const { id, values } = await seed();
    expect((await patch(id, 1, { city: 'Lausanne' })).statusCode).toBe(200);
    const [current] = (await runImport({ rows: [{ row: 2, version: 2, values: { ...values, city: 'Sion' } }] })).results;
    expect(current).toMatchObject({ status: 'updated', version: 3 });
    expect(current).not.toHaveProperty('kept');
    const [unversioned] = (await runImport({ rows: [{ row: 2, values: { ...values, city: 'Bulle' } }] })).results;
    expect(unversioned).toMatchObject({ status: 'updated', version: 4 });
    expect((await getClient(id)).city).toBe('Bulle');
  });

  it('fails a row whose version the client never had, naming `version` in French, and writes nothing', async () => {
    const { id, values } = await seed();
    const response = await runImport({
      rows: [
        { row: 3, version: 2, values: { ...values, city: 'Sion' } },
        { row: 4, version: 1, values: { ...values, notes: 'applied' } },
      ],
    });
    expect(response.results[0]).toEqual({
      row: 3,
      status: 'failed',
      id,
      code: values.code,
      errors: [{ path: 'version', code: 'version.unknown', message: expect.stringMatching(/^Version inconnue.*«\u00a0version\u00a0»/) }],
    });
    expect(response.results[1]).toMatchObject({ status: 'updated', version: 2 });
    expect(response.counts).toMatchObject({ failed: 1, updated: 1 });
    expect(await getClient(id)).toMatchObject({ city: 'Genève', notes: 'applied', version: 2 });
    const english = await app().request('/api/v1/imports', {
      method: 'POST',
      headers: headers({ 'accept-language': 'en' }),
      body: { rows: [{ row: 3, version: 99, values }] },
    });
    expect(english.json().results[0].errors[0].message).toMatch(/^Unknown version/);
  });

  it('refuses a version that is no positive integer with 400 naming the row’s field', async () => {
    for (const version of [0, -1, 1.5, '2', null]) {
      const response = await app().request('/api/v1/imports', {
        method: 'POST',
        headers: headers(),
        body: { rows: [{ row: 2, version, values: { lastName: 'Rossi' } }] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.map((field: { path: string }) => field.path)).toEqual(['rows.0.version']);
    }
  });

  it('merges a later row of the batch with what an earlier row of the same batch wrote', async () => {
    const { id, values } = await seed();
    const response = await runImport({
      rows: [
        { row: 2, version: 1, values: { ...values, city: 'Sion' } },
        { row: 3, version: 1, values: { ...values, notes: 'second' } },
        { row: 4, version: 1, values: { ...values, city: 'Bulle' } },
      ],
    });
    expect(response.results.map((result) => result.status)).toEqual(['updated', 'updated', 'conflict']);
    expect(response.results[1]).toMatchObject({ kept: ['city'], version: 3 });
    expect(await getClient(id)).toMatchObject({ city: 'Sion', notes: 'second', version: 3 });
  });

  it('never loses a concurrent PATCH: each client ends with both changes, or one side was told (409 or conflict)', async () => {
    const clients = await Promise.all(Array.from({ length: 12 }, () => seed()));
    for (const round of [1, 2, 3]) {
      const versions = await Promise.all(clients.map(async (client) => (await getClient(client.id)).version));
      const current = await Promise.all(clients.map((client) => getClient(client.id)));
      // The import changes each client's notes (and, every third client, its city too); the patches change each city.
      const rows = clients.map((client, index) => ({
        row: index + 2,
        version: versions[index],
        values: {
          ...client.values,
          city: index % 3 === 0 ? `Import ${round}` : current[index]?.city,
          notes: `import ${round}`,
        },
      }));
      const [imported, ...patched] = await Promise.all([
        app().request('/api/v1/imports', { method: 'POST', headers: headers(), body: { rows } }),
        ...clients.map((client, index) => patch(client.id, versions[index] ?? 0, { city: `Patch ${round}.${index}` })),
      ]);
      expect(imported?.statusCode).toBe(200);
      const results = ImportResponse.parse(imported?.json()).results;
      for (const [index, client] of clients.entries()) {
        const stored = await getClient(client.id);
        const patchStatus = patched[index]?.statusCode;
        const result = results[index];
        expect([200, 409]).toContain(patchStatus);
        if (index % 3 !== 0) {
          // Different keys: both land, whatever the order (a PATCH that came second was told 409, the one that came first is kept).
          expect(result?.status).toBe('updated');
          expect(stored.notes).toBe(`import ${round}`);
          if (patchStatus === 200) {
            expect(stored.city).toBe(`Patch ${round}.${index}`);
            expect(result).toMatchObject({ kept: ['city'] });
          }
        } else if (result?.status === 'conflict') {
          // The PATCH committed first: the row wrote nothing.
          expect(patchStatus).toBe(200);
          expect(stored).toMatchObject({ city: `Patch ${round}.${index}`, notes: current[index]?.notes ?? null });
        } else {
          // The import committed first: the PATCH read an older version and was refused.
          expect(result?.status).toBe('updated');
          expect(patchStatus).toBe(409);
          expect(stored).toMatchObject({ city: `Import ${round}`, notes: `import ${round}` });
        }
        // A PATCH refused for a stale version: the client as it is now came with the 409.
        if (patchStatus === 409) expect(patched[index]?.json().current).toEqual(stored);
      }
    }
  });
});
