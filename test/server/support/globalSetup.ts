import { startPostgresServer } from './postgresServer';
import { POSTGRES_URL_VARIABLE, POSTGRES_SERVER_KEY } from './postgresUrl';

/** Jest's globalSetup for the store project: ONE PostgreSQL server for the whole run (each suite creates its own database). */
export default async function globalSetup(): Promise<void> {
  const server = await startPostgresServer();
  process.env[POSTGRES_URL_VARIABLE] = server.url;
  (globalThis as Record<string, unknown>)[POSTGRES_SERVER_KEY] = server;
}
