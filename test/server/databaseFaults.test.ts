import { isDatabaseUnavailable } from '@/server/db/databaseFaults';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Connection terminated unexpectedly', true],
    ['Client has encountered a connection error and is not queryable', true],
    ['Client was closed and is not queryable', true],
    ['timeout exceeded when trying to connect', true],
    ['Query values must be an array', false],
  ])('pg error without a code "%s" → %s', (message, expected) => {
    expect(isDatabaseUnavailable(new Error(message))).toBe(expected);
  });

  it('reads the SQLSTATE and socket codes', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
  });
});
