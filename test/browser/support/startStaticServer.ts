import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { LocalStoreConfig } from '@/contract/LocalStoreConfig';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export type StaticServer = { origin: string; close: () => Promise<void> };

export type StaticServerOptions = {
  /** dist-dev/ */
  root: string;
  /** The store process's address; /api/* is proxied there (real HTTP). */
  storeUrl: string;
  /** Served as /local-store.json; its storeUrl is filled in with this server's own origin. */
  token: string;
  /** 0 (default) lets the OS choose. */
  port?: number;
};

function proxyToStore(storeUrl: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  const target = new URL(request.url ?? '/', storeUrl);
  const headers = { ...request.headers, host: target.host };
  const upstream = http.request(target, { method: request.method, headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', () => {
    response.writeHead(502, { 'content-type': 'text/plain' });
    response.end('store unreachable');
  });
  request.pipe(upstream);
}

function serveFile(root: string, pathname: string, response: http.ServerResponse): void {
  const file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

/**
 * What the dev server does for the pane, over plain HTTP on 127.0.0.1: the built files,
 * /local-store.json pointing at this origin, and /api proxied to the store.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  let origin = '';
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      proxyToStore(options.storeUrl, request, response);
      return;
    }
    if (pathname === '/local-store.json') {
      const config: LocalStoreConfig = { storeUrl: origin, token: options.token };
      response.writeHead(200, { 'content-type': contentTypes['.json'] ?? '', 'cache-control': 'no-store' });
      response.end(JSON.stringify(config));
      return;
    }
    serveFile(root, pathname === '/' ? '/taskpane.html' : pathname, response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
