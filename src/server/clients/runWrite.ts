import type { FastifyInstance, FastifyRequest } from 'fastify';
import { StoreError } from '../errors/StoreError';
import { readSettings } from '../settings/readSettings';
import type { WriteContext } from './WriteContext';

/**
 * Runs `write` in one transaction, with the request's token name as author, one timestamp for
 * the whole change and the organisation's home country.
 */
export function runWrite<T>(fastify: FastifyInstance, request: FastifyRequest, write: (context: WriteContext) => Promise<T>, batchId: string | null = null): Promise<T> {
  const by = request.auth?.name;
  if (by === undefined) return Promise.reject(new StoreError('unauthorized'));
  return fastify.db.transaction().execute(async (trx) => {
    const { homeCountry } = await readSettings(trx);
    return write({ trx, insertRows: fastify.insertRows, now: new Date().toISOString(), by, batchId, homeCountry });
  });
}
