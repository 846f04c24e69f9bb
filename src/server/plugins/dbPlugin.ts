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
  }
}

export type DbPluginOptions = { database: StoreDatabase };

/** Decorates `fastify.db`, `fastify.dialect`, `fastify.insertRows` and `fastify.refreshStatistics`. The database belongs to the caller, who closes it. */
export const dbPlugin = fp<DbPluginOptions>(
  async (fastify, { database }) => {
    fastify.decorate('db', database.db);
    fastify.decorate('dialect', database.dialect);
    fastify.decorate('insertRows', database.insertRows);
    fastify.decorate('refreshStatistics', database.refreshStatistics);
  },
  { name: 'db', fastify: '5.x' },
);
