import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = { method: string; url: string; headers: IncomingMessage['headers']; body: string };
export type Handler = (request: IncomingMessage, response: ServerResponse, index: number) => void;

export type TestServer = {
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
};

/** A real HTTP server on a free port; `handlers[i]` answers the i-th request (the last one repeats). */
export async function startTestServer(handlers: Handler[]): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const index = requests.length;
    const recorded: RecordedRequest = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: '' };
    requests.push(recorded);
    const handler = handlers[Math.min(index, handlers.length - 1)];
    if (!handler) throw new Error('startTestServer needs at least one handler');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      recorded.body = Buffer.concat(chunks).toString('utf8');
      handler(request, response, index);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export const json =
  (status: number, body: unknown): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

export const text =
  (status: number, body: string): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'text/plain' });
    response.end(body);
  };

/** Drops the connection without an answer: a network error for the client. */
export const dropConnection: Handler = (request) => {
  request.socket.destroy();
};

/** Never answers (until the server closes): a timeout for the client. */
export const neverAnswer: Handler = () => undefined;

export const apiError = (status: number, code: string, message = code, fields: unknown[] = []): Handler =>
  json(status, { error: { code, message, fields } });
