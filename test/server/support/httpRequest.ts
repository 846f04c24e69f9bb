import http from 'node:http';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies loosely, then assert them
export type HttpResponse = { statusCode: number; headers: http.IncomingHttpHeaders; text: string; json: () => any };
export type HttpRequestOptions = { method?: string; headers?: Record<string, string>; body?: unknown };

/**
 * One HTTP request over a real socket (node:http, so any header can be set, Origin included);
 * an object body is sent as JSON.
 */
export function httpRequest(url: string, { method = 'GET', headers = {}, body }: HttpRequestOptions = {}): Promise<HttpResponse> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const allHeaders = { ...(payload !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers };
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: allHeaders, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text) });
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}
