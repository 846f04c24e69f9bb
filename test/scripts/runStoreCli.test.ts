import { parseCreatedToken } from '../../scripts/start/runStoreCli';

describe('parseCreatedToken', () => {
  it.each([
    ['sc_abc\n', 'sc_abc'],
    ['Jeton créé pour local-dev / token created\nsc_abc-_9\n\n', 'sc_abc-_9'],
    ['line\r\nsc_xyz\r\n', 'sc_xyz'],
  ])('%j → %s', (stdout, token) => {
    expect(parseCreatedToken(stdout)).toBe(token);
  });

  it.each([[''], ['\n\n'], ['token is sc_abc']])('refuses %j', (stdout) => {
    expect(() => parseCreatedToken(stdout)).toThrow(/printed no token/);
  });
});
