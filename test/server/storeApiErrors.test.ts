import { ApiError } from '@/contract/ApiError';
import { Client } from '@/contract/Client';
import { ClientList } from '@/contract/ClientList';
import { authHeaders } from './support/authHeaders';
import { buildTestApp } from './support/buildTestApp';
import { makeClientInput } from './support/makeClientInput';
import { dialects, useStoreFixture } from './support/useStoreFixture';

describe.each(dialects)('store API errors, limits, OpenAPI and logs on %s', (dialect) => {
  const fixture = useStoreFixture(dialect);

  it('answers 429 rate_limited in the ApiError shape once the limit is reached, in English when asked', async () => {
    const testApp = await buildTestApp(fixture().database, { rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 4; i += 1) {
        last = await testApp.request('/api/v1/clients', { headers: authHeaders(fixture().token, { 'accept-language': 'en' }) });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(ApiError.parse(last?.json())).toEqual({
        error: { code: 'rate_limited', message: 'Too many requests: try again in a moment.', fields: [] },
      });
      expect(last?.headers['retry-after']).toBeDefined();
    } finally {
      await testApp.close();
    }
  });

  it('answers 413 payload_too_large to a body over the size limit, without applying it', async () => {
    const testApp = await buildTestApp(fixture().database, { bodyLimitBytes: 2000 });
    try {
      const response = await testApp.request('/api/v1/clients', {
        method: 'POST',
        headers: authHeaders(fixture().token),
        body: makeClientInput({ notes: 'x'.repeat(3000) }),
      });
      expect(response.statusCode).toBe(413);
      expect(ApiError.parse(response.json()).error.code).toBe('payload_too_large');
    } finally {
      await testApp.close();
    }
  });

  it('serves security headers on client routes and never a stack trace on errors', async () => {
    const testApp = await buildTestApp(fixture().database);
    try {
      const response = await testApp.request('/api/v1/clients', {
        method: 'POST',
        headers: authHeaders(fixture().token, { 'content-type': 'application/json' }),
        body: '{"lastName":',
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.text).not.toMatch(/at .*\.(ts|js):\d+/);
      expect(Object.keys(response.json())).toEqual(['error']);
    } finally {
      await testApp.close();
    }
  });

  it('logs no personal data: no names, emails or search words', async () => {
    const testApp = await buildTestApp(fixture().database);
    try {
      const input = makeClientInput({ lastName: 'Secretname', email: 'secret.person@example.ch' });
      const created = await testApp.request('/api/v1/clients', { method: 'POST', headers: authHeaders(fixture().token), body: input });
      expect(created.statusCode).toBe(201);
      await testApp.request('/api/v1/clients?q=secretname', { headers: authHeaders(fixture().token) });
      await testApp.request('/api/v1/imports', {
        method: 'POST',
        headers: authHeaders(fixture().token),
        body: { rows: [{ row: 1, values: { lastName: 'Secretname', email: 'bad' } }] },
      });
      const logs = testApp.logs();
      expect(logs).toContain('/api/v1/clients');
      expect(logs.toLowerCase()).not.toMatch(/secretname|secret\.person|bearer/);
    } finally {
      await testApp.close();
    }
  });

  it('serves the OpenAPI description publicly, with the client and import routes and their schemas', async () => {
    const testApp = await buildTestApp(fixture().database);
    try {
      const response = await testApp.request('/api/v1/openapi.json');
      expect(response.statusCode).toBe(200);
      const document = response.json();
      expect(document.openapi).toMatch(/^3\./);
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/clients',
          '/api/v1/clients/{id}',
          '/api/v1/clients/{id}/restore',
          '/api/v1/clients/{id}/history',
          '/api/v1/imports',
          '/api/v1/imports/{batchId}/revert',
          '/api/v1/settings',
        ]),
      );
      const post = document.paths['/api/v1/clients'].post;
      expect(Object.keys(post.requestBody.content['application/json'].schema.properties)).toEqual(
        expect.arrayContaining(['lastName', 'email', 'birthDate']),
      );
      expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '409']));
      expect(
        document.paths['/api/v1/clients/{id}'].patch.parameters.some((parameter: { name: string }) => parameter.name === 'if-match'),
      ).toBe(true);
    } finally {
      await testApp.close();
    }
  });

  it('re-flags foreign clients when the home country changes', async () => {
    const testApp = await buildTestApp(fixture().database);
    const headers = authHeaders(fixture().token);
    try {
      const french = Client.parse(
        (
          await testApp.request('/api/v1/clients', {
            method: 'POST',
            headers,
            body: makeClientInput({
              lastName: 'Francais',
              nationality: 'FR',
              practiceCountry: 'FR',
              country: 'FR',
              postalCode: '75001',
              phone: null,
            }),
          })
        ).json(),
      );
      expect(french.foreign).toBe(true);
      await testApp.request('/api/v1/settings', { method: 'PUT', headers, body: { homeCountry: 'FR' } });
      expect(Client.parse((await testApp.request(`/api/v1/clients/${french.id}`, { headers })).json()).foreign).toBe(false);
      const foreign = ClientList.parse((await testApp.request('/api/v1/clients?foreign=true&limit=200', { headers })).json());
      expect(foreign.items.map((client) => client.id)).not.toContain(french.id);
      await testApp.request('/api/v1/settings', { method: 'PUT', headers, body: { homeCountry: 'CH' } });
      expect(Client.parse((await testApp.request(`/api/v1/clients/${french.id}`, { headers })).json()).foreign).toBe(true);
    } finally {
      await testApp.close();
    }
  });
});
