import { stopPostgresServer, type PostgresServer } from './postgresServer';
import { POSTGRES_SERVER_KEY } from './postgresUrl';

/** Stops the PostgreSQL server of globalSetup and removes its directory. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>)[POSTGRES_SERVER_KEY] as PostgresServer | undefined;
  if (server !== undefined) stopPostgresServer(server);
}
