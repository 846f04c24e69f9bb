import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/DatabaseConfig';
import type { StoreDatabase } from '../db/openDatabase';
import type { RowInserter } from '../db/RowInserter';
import type { DB } from '../db/schema';
import type { StatisticsRefresher } from '../db/StatisticsRefresher';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dialect: Dialect;
    insertRows: RowInserter;
    refreshStatistics: StatisticsRefresher;
    /** `false` only in the bench's anchor store (StoreAppOptions.duplicateDetection). */
    duplicateDetection: boolean;
  }
}

export type DbPluginOptions = { database: StoreDatabase; duplicateDetection?: false };

/**
 * Decorates `fastify.db`, `fastify.dialect`, `fastify.insertRows`, `fastify.refreshStatistics` and
 * `fastify.duplicateDetection`. The database belongs to the caller, who closes it.
 */
export const dbPlugin = fp<DbPluginOptions>(
  async (fastify, { database, duplicateDetection }) => {
    fastify.decorate('duplicateDetection', duplicateDetection !== false);
    fastify.decorate('db', database.db);
    fastify.decorate('dialect', database.dialect);
    fastify.decorate('insertRows', database.insertRows);
    fastify.decorate('refreshStatistics', database.refreshStatistics);
  },
  { name: 'db', fastify: '5.x' },
);
