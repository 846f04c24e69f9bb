import type { Dialect } from '@/server/db/DatabaseConfig';
import { authHeaders } from './authHeaders';
import { buildTestApp, type TestApp } from './buildTestApp';
import { useStoreFixture } from './useStoreFixture';

export type TestAppFixture = {
  /** The store app for the whole suite, over the suite's database, on a real socket. */
  app: () => TestApp;
  /** Headers with the suite's token, plus `extra`. */
  headers: (extra?: Record<string, string>) => Record<string, string>;
};

/** Per suite: the store fixture of `dialect` and one store app over it, closed after the suite. */
export function useTestApp(dialect: Dialect): TestAppFixture {
  const fixture = useStoreFixture(dialect);
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await buildTestApp(fixture().database);
  });
  afterAll(() => testApp?.close());
  return {
    app: () => {
      if (testApp === undefined) throw new Error('test app read outside a test');
      return testApp;
    },
    headers: (extra = {}) => authHeaders(fixture().token, extra),
  };
}
