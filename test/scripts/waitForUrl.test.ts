import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { portIsFree } from '../../scripts/start/portIsFree';
import { waitForUrl } from '../../scripts/start/waitForUrl';

function listen(handler: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

describe('waitForUrl', () => {
  it('keeps polling until the URL answers 200', async () => {
    let calls = 0;
    const { server, url } = await listen((_request, response) => {
      calls += 1;
      response.statusCode = calls < 3 ? 503 : 200;
      response.end();
    });
    try {
      await waitForUrl(`${url}/health`, { intervalMs: 10 });
      expect(calls).toBe(3);
    } finally {
      server.close();
    }
  });

  it('stops waiting when aborted (a server process died)', async () => {
    const { server, url } = await listen((_request, response) => {
      response.statusCode = 503;
      response.end();
    });
    const controller = new AbortController();
    controller.abort();
    try {
      await expect(waitForUrl(url, { signal: controller.signal, intervalMs: 10 })).rejects.toThrow(/wait aborted/);
    } finally {
      server.close();
    }
  });

  it('gives up with the last answer after its timeout', async () => {
    const { server, url } = await listen((_request, response) => {
      response.statusCode = 404;
      response.end();
    });
    try {
      await expect(waitForUrl(url, { timeoutMs: 0 })).rejects.toThrow(/does not answer/);
      await expect(waitForUrl(url, { timeoutMs: 2000, intervalMs: 10 })).rejects.toThrow(/HTTP 404/);
    } finally {
      server.close();
    }
  });
});

describe('portIsFree', () => {
  it('is false while something listens on the port, true once it is closed', async () => {
    const { server, url } = await listen((_request, response) => response.end());
    const port = Number(new URL(url).port);
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await portIsFree(port)).toBe(true);
  });
});
