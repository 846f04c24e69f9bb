/**
 * Asks the store whether it accepts a token: GET /api/v1/settings (authenticated).
 * true on 2xx, false on 401; throws on anything else (store down, unexpected answer).
 */
export async function storeAcceptsToken(storeUrl: string, token: string, signal?: AbortSignal): Promise<boolean> {
  const response = await fetch(`${storeUrl.replace(/\/+$/, '')}/api/v1/settings`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: signal ?? AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  if (response.ok) return true;
  if (response.status === 401) return false;
  throw new Error(`GET /api/v1/settings → ${response.status}`);
}
