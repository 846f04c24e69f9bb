import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/DatabaseConfig';
import type { StoreDatabase } from '../db/openDatabase';
import type { DB } from '../db/schema';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dialect: Dialect;
  }
}

export type DbPluginOptions = { database: StoreDatabase };

/** Decorates `fastify.db` and `fastify.dialect`. The database belongs to the caller, who closes it. */
export const dbPlugin = fp<DbPluginOptions>(
  async (fastify, { database }) => {
    fastify.decorate('db', database.db);
    fastify.decorate('dialect', database.dialect);
  },
  { name: 'db', fastify: '5.x' },
);
