import { countryName } from '@/domain';
import { countryOptions, filterCountries } from '@/taskpane/clients/countryOptions';

describe('countryName', () => {
  it.each([
    ['CH', 'fr', 'Suisse'],
    ['CH', 'en', 'Switzerland'],
    ['DE', 'fr', 'Allemagne'],
    ['DE', 'en', 'Germany'],
    ['ZZ', 'en', 'ZZ'],
  ] as const)('%s in %s → %s', (code, language, name) => {
    expect(countryName(code, language)).toBe(name);
  });
});

describe('countryOptions in the pane language', () => {
  it('names every country in English and sorts them as English sorts', () => {
    const english = countryOptions('en');
    const french = countryOptions('fr');
    expect(english.map((option) => option.code).sort()).toEqual(french.map((option) => option.code).sort());
    const names = english.map((option) => option.name);
    expect(names).toContain('Switzerland');
    expect(names).not.toContain('Suisse');
    expect(names.indexOf('Germany')).toBeLessThan(names.indexOf('Switzerland'));
  });

  it.each([
    ['swi', 'en', ['Switzerland']],
    ['sui', 'en', []],
    ['sui', 'fr', ['Suisse']],
    ['ger', 'en', ['Germany']],
    ['ch', 'en', expect.arrayContaining(['Switzerland', 'Chile', 'Chad'])],
  ] as const)('%s in %s → %j', (query, language, names) => {
    expect(filterCountries(query, language).map((option) => option.name)).toEqual(names);
  });

  it('stays French when no language is given (the template language)', () => {
    expect(filterCountries('SUI').map((option) => option.name)).toEqual(['Suisse']);
  });
});
