/** A fresh `Idempotency-Key`: a random UUID (Web Crypto, present in browsers and Node). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
