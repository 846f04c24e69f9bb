import { isForeignClient, type ForeignRuleValues } from '@/domain';

describe('isForeignClient', () => {
  it.each<[string, ForeignRuleValues, string, boolean]>([
    ['nationality abroad', { country: 'CH', nationality: 'FR', practiceCountry: null }, 'CH', true],
    ['practice country abroad', { country: 'CH', nationality: 'CH', practiceCountry: 'DE' }, 'CH', true],
    ['both at home, address abroad', { country: 'FR', nationality: 'CH', practiceCountry: 'CH' }, 'CH', false],
    ['a known nationality at home decides, address abroad', { country: 'FR', nationality: 'CH', practiceCountry: null }, 'CH', false],
    ['neither known, address abroad', { country: 'FR', nationality: null, practiceCountry: null }, 'CH', true],
    ['neither known, address at home', { country: 'CH', nationality: null, practiceCountry: null }, 'CH', false],
    ['nothing known at all', { country: null, nationality: null, practiceCountry: null }, 'CH', false],
    ['empty texts count as unknown', { country: 'IT', nationality: '', practiceCountry: ' ' }, 'CH', true],
    ['absent keys count as unknown', { country: 'CH' }, 'CH', false],
    ['case ignored', { country: 'ch', nationality: 'ch' }, 'ch', false],
    ['another home country', { country: 'BE', nationality: null, practiceCountry: null }, 'BE', false],
    ['another home country, Swiss nationality', { country: 'BE', nationality: 'CH' }, 'BE', true],
  ])('%s', (_label, values, home, expected) => {
    expect(isForeignClient(values, home)).toBe(expected);
  });
});
