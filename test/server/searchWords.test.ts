import { prefixRange, queryWords, searchWords } from '@/server/clients/clientSearch';

const none = { lastName: null, firstName: null, company: null, email: null, code: null, city: null };

describe('searchWords', () => {
  it.each([
    [{ lastName: 'Dupont', firstName: 'Éloïse' }, ['dupont', 'eloise']],
    [{ lastName: "D'Amico" }, ['damico', 'd', 'amico']],
    [{ firstName: 'Jean-Pierre', lastName: 'De la Fontaine' }, ['de', 'la', 'fontaine', 'jeanpierre', 'jean', 'pierre']],
    [{ email: 'jean.dupont.79@horlo.ch' }, ['jeandupont79horloch', 'jean', 'dupont']],
    [{ code: 'CL-000123' }, ['cl000123']],
    [{ company: 'Müller & Söhne AG', city: 'Zürich' }, ['muller', 'sohne', 'ag', 'zurich']],
    [{ lastName: 'Dupont', company: 'Dupont SA' }, ['dupont', 'sa']],
  ])('%j → %j', (values, expected) => {
    expect(new Set(searchWords({ ...none, ...values }))).toEqual(new Set(expected));
  });
});

describe('queryWords', () => {
  it.each([
    ['  Jean   DUP ', ['jean', 'dup']],
    ['élo', ['elo']],
    ['e.favre@', ['efavre']],
    ['jean jean', ['jean']],
    ['- ?', []],
    [undefined, []],
  ])('%j → %j', (q, expected) => {
    expect(queryWords(q)).toEqual(expected);
  });
});

describe('prefixRange', () => {
  it.each([
    ['dupo', { lower: 'dupo', upper: 'dupp' }],
    ['az', { lower: 'az', upper: 'b' }],
    ['zz', { lower: 'zz', upper: null }],
    ['x9', { lower: 'x9', upper: 'xa' }],
    ['cl0001', { lower: 'cl0001', upper: 'cl0002' }],
  ])('%s → %j', (prefix, expected) => {
    expect(prefixRange(prefix)).toEqual(expected);
  });
});
