/** Set by globalSetup, inherited by jest's workers: the admin URL of the test run's PostgreSQL server. */
export const POSTGRES_URL_VARIABLE = 'SUIVI_TEST_POSTGRES_URL';
export const POSTGRES_SERVER_KEY = '__suiviTestPostgresServer';

export function postgresAdminUrl(): string {
  const url = process.env[POSTGRES_URL_VARIABLE];
  if (!url) throw new Error(`${POSTGRES_URL_VARIABLE} absent : le globalSetup du projet jest « store » n’a pas démarré PostgreSQL.`);
  return url;
}
