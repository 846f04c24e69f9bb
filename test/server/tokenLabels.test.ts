import { Client } from '@/contract/Client';
import { ClientHistory } from '@/contract/ClientHistory';
import { SavedMapping } from '@/contract/ColumnMapping';
import { headerSignature } from '@/domain';
import { createToken, findActiveToken, listTokens } from '@/server/tokens';
import { authHeaders } from './support/authHeaders';
import { buildTestApp, type TestApp } from './support/buildTestApp';
import { makeClientInput } from './support/makeClientInput';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('token display names on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp;
  let labelled: string;
  let unlabelled: string;
  beforeAll(async () => {
    testApp = await buildTestApp(fixture().database);
    labelled = (await createToken(fixture().database.db, 'local-dev', '  Poste local ')).token;
    unlabelled = (await createToken(fixture().database.db, 'compta')).token;
  });
  afterAll(() => testApp.close());

  it('keeps the display name trimmed beside the technical name, and null when none was given', async () => {
    const tokens = await listTokens(fixture().database.db);
    expect(tokens.find((token) => token.name === 'local-dev')).toMatchObject({ label: 'Poste local' });
    expect(tokens.find((token) => token.name === 'compta')).toMatchObject({ label: null });
    expect(await findActiveToken(fixture().database.db, labelled)).toMatchObject({ name: 'local-dev', author: 'Poste local' });
    expect(await findActiveToken(fixture().database.db, unlabelled)).toMatchObject({ name: 'compta', author: 'compta' });
  });

  it.each(['', '   ', 'x'.repeat(65), 'tab\there', 'line\nbreak'])('refuses the display name %j', async (label) => {
    await expect(createToken(fixture().database.db, `refused-${label.length}`, label)).rejects.toMatchObject({
      code: 'token_label_invalid',
    });
  });

  it('signs a client, its history and a remembered mapping with the display name, never the token name', async () => {
    const created = await testApp.request('/api/v1/clients', { method: 'POST', headers: authHeaders(labelled), body: makeClientInput() });
    expect(created.statusCode).toBe(201);
    const client = Client.parse(created.json());
    expect(client).toMatchObject({ createdBy: 'Poste local', updatedBy: 'Poste local' });

    const patched = await testApp.request(`/api/v1/clients/${client.id}`, {
      method: 'PATCH',
      headers: authHeaders(unlabelled, { 'if-match': '1' }),
      body: { city: 'Morges' },
    });
    expect(Client.parse(patched.json())).toMatchObject({ createdBy: 'Poste local', updatedBy: 'compta' });

    const history = ClientHistory.parse(
      (await testApp.request(`/api/v1/clients/${client.id}/history`, { headers: authHeaders(labelled) })).json(),
    );
    expect(history.items.map((item) => item.changedBy)).toEqual(['compta', 'Poste local']);

    const headers = ['E-mail', 'Nom'];
    const mapping = await testApp.request('/api/v1/mappings', {
      method: 'PUT',
      headers: authHeaders(labelled),
      body: { signature: headerSignature(headers), headers, columns: [{ header: 'E-mail', target: 'email' }] },
    });
    expect(SavedMapping.parse(mapping.json()).savedBy).toBe('Poste local');
  });
});
