import { StoreClientError } from '@/api-client/StoreClientError';

/** The StoreClientError a promise rejects with (fails the test on any other outcome). */
export async function storeClientErrorOf(promise: Promise<unknown>): Promise<StoreClientError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreClientError) return error;
    throw new Error(`expected a StoreClientError, got ${String(error)}`);
  }
  throw new Error('expected the request to fail');
}
