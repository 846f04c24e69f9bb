/** Where the store keeps its data: a SQLite file (the default) or a PostgreSQL server. */
export type DatabaseConfig =
  | {
      dialect: 'sqlite';
      file: string;
      /** How long a write waits for another connection's write lock (SQLITE_BUSY_TIMEOUT_MS by default). */
      busyTimeoutMs?: number;
    }
  | { dialect: 'postgres'; url: string };

export type Dialect = DatabaseConfig['dialect'];

/** A description safe to print or log: never the PostgreSQL password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.dialect === 'sqlite') return `SQLite ${config.file}`;
  const url = new URL(config.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
