import { Health } from '@/contract/Health';
import { openDatabase } from '@/server/db/openDatabase';
import { requestOnce } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('GET /api/v1/health on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);

  it('answers without a token, with the version and the database dialect', async () => {
    const response = await requestOnce(fixture().database, '/api/v1/health');

    expect(response.statusCode).toBe(200);
    expect(Health.parse(response.json())).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), database: dialect });
  });

  it('answers 500 internal when the database is closed', async () => {
    const closed = openDatabase(fixture().testDatabase.config);
    await closed.close();

    const response = await requestOnce(closed, '/api/v1/health');

    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: 'Erreur interne de la base clients.', fields: [] } });
  });
});
