import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { asStoreUnavailable } from './databaseFaults';

export type FaultAwareOptions = {
  /** The statement that opens a transaction instead of the dialect's own: SQLite's `begin immediate`. */
  beginStatement?: string;
};

/**
 * `dialect`, with every error of the database that means "unavailable" (server down, connection
 * cut, SQLite busy past its timeout) thrown as StoreUnavailableError, whatever the query, read or
 * write, and wherever it fails (connecting, opening, running, committing). On SQLite, transactions
 * open with `begin immediate`: a write takes the write lock first, waiting for it up to the busy
 * timeout, rather than reading under a snapshot and failing at once (SQLITE_BUSY_SNAPSHOT) when
 * another connection wrote meanwhile.
 */
export function faultAwareDialect(dialect: Dialect, options: FaultAwareOptions = {}): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
    createDriver: () => new FaultAwareDriver(dialect.createDriver(), options),
  };
}

async function mapped<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asStoreUnavailable(error);
  }
}

class FaultAwareConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return mapped(() => this.inner.executeQuery<R>(compiledQuery));
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(compiledQuery, chunkSize);
    } catch (error) {
      throw asStoreUnavailable(error);
    }
  }
}

const innerOf = (connection: DatabaseConnection) => (connection instanceof FaultAwareConnection ? connection.inner : connection);

class FaultAwareDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly options: FaultAwareOptions,
  ) {}

  init(): Promise<void> {
    return mapped(() => this.inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new FaultAwareConnection(await mapped(() => this.inner.acquireConnection()));
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const { beginStatement } = this.options;
    if (beginStatement !== undefined) return connection.executeQuery(CompiledQuery.raw(beginStatement)).then(() => undefined);
    return mapped(() => this.inner.beginTransaction(innerOf(connection), settings));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return mapped(() => this.inner.commitTransaction(innerOf(connection)));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return mapped(() => this.inner.rollbackTransaction(innerOf(connection)));
  }

  savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return mapped(async () => this.inner.savepoint?.(innerOf(connection), name, compileQuery));
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return mapped(async () => this.inner.rollbackToSavepoint?.(innerOf(connection), name, compileQuery));
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return mapped(async () => this.inner.releaseSavepoint?.(innerOf(connection), name, compileQuery));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(innerOf(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}
