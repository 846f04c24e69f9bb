import { sql } from 'kysely';
import { authHeaders } from './support/authHeaders';
import { buildTestApp } from './support/buildTestApp';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('planner statistics after imports on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);

  const analysed = async (): Promise<boolean> => {
    const { db } = fixture().database;
    if (dialect === 'sqlite') {
      const rows = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db);
      if (Number(rows.rows[0]?.n) === 0) return false;
      const stats = await sql<{ n: number }>`select count(*) as n from sqlite_stat1 where tbl = 'client_words'`.execute(db);
      return Number(stats.rows[0]?.n) > 0;
    }
    const rows = await sql<{
      last_vacuum: string | null;
    }>`select last_vacuum from pg_stat_user_tables where relname = 'client_words'`.execute(db);
    return rows.rows[0]?.last_vacuum !== null && rows.rows[0]?.last_vacuum !== undefined;
  };

  it('are refreshed once an import has grown the clients enough, and imports keep working after', async () => {
    const testApp = await buildTestApp(fixture().database);
    try {
      const rows = Array.from({ length: 600 }, (_, index) => ({
        row: index + 2,
        values: { lastName: `Stat${index}`, firstName: 'Ana', email: `stat${index}@example.ch` },
      }));
      const response = await testApp.request('/api/v1/imports', { method: 'POST', headers: authHeaders(fixture().token), body: { rows } });
      expect(response.statusCode).toBe(200);
      expect(await analysed()).toBe(true);
      const search = await testApp.request('/api/v1/clients?q=stat59', { headers: authHeaders(fixture().token) });
      expect(search.json().total).toBe(11);
    } finally {
      await testApp.close();
    }
  });
});
