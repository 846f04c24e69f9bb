import http from 'node:http';
import https from 'node:https';

export type WaitForUrlOptions = {
  /** CA to trust for https URLs (the development CA). */
  ca?: Buffer | undefined;
  /** Stops waiting (e.g. the server process died). */
  signal?: AbortSignal | undefined;
  intervalMs?: number;
  /** Gives up after this long (a first webpack build can take a while). */
  timeoutMs?: number;
};

function probe(url: URL, ca: Buffer | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const request =
      url.protocol === 'https:'
        ? https.get(url, { ca, timeout: 5000 }, (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          })
        : http.get(url, { timeout: 5000 }, (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

/** Polls `url` until it answers 200. Throws when aborted or after `timeoutMs`. */
export async function waitForUrl(url: string, options: WaitForUrlOptions = {}): Promise<void> {
  const target = new URL(url);
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (options.signal?.aborted) throw new Error(`${url}: attente interrompue / wait aborted`);
    try {
      const status = await probe(target, options.ca);
      if (status === 200) return;
      last = `HTTP ${status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 300));
  }
  throw new Error(`${url} ne répond pas / does not answer (${last})`);
}
