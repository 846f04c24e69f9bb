import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import fc from 'fast-check';
import { fastParsePhone, fastPhonePlan, normalizePhone, phoneMetadata } from '@/domain';
import { summarize } from './support/expectRule';

describe('normalizePhone', () => {
  it.each([
    ['022 123 45 67', 'CH', { value: '+41221234567' }],
    ['079 123 45 67', 'CH', { value: '+41791234567' }],
    ['+41 79 123 45 67', 'CH', { value: '+41791234567' }],
    ['0041 79 123 45 67', 'CH', { value: '+41791234567' }],
    ['+41 (0)79 123 45 67', 'CH', { value: '+41791234567' }],
    ['079/123.45.67', 'CH', { value: '+41791234567' }],
    ['+41791234567', 'CH', { value: '+41791234567' }],
    ['0800 800 800', 'CH', { value: '+41800800800' }],
    ['01 42 68 53 00', 'FR', { value: '+33142685300' }],
    ['06.12.34.56.78', 'FR', { value: '+33612345678' }],
    ['+33 6 12 34 56 78', 'CH', { value: '+33612345678' }],
    ['030 1234567', 'DE', { value: '+49301234567' }],
    ['0151 23456789', 'DE', { value: '+4915123456789' }],
    ['02 1234 5678', 'IT', { value: '+390212345678' }],
    ['+1 212-555-0123', 'CH', { value: '+12125550123' }],
    ['(212) 555-0123', 'US', { value: '+12125550123' }],
    ['791234567', 'CH', { value: '+41791234567', warning: 'phone.leadingZeroRestored' }],
    ['221234567', 'CH', { value: '+41221234567', warning: 'phone.leadingZeroRestored' }],
    ['41791234567', 'CH', { value: '+41791234567', warning: 'phone.leadingZeroRestored' }],
    ['612345678', 'FR', { value: '+33612345678', warning: 'phone.leadingZeroRestored' }],
    ['912345678', 'ES', { value: '+34912345678' }],
    ['3471234567', 'IT', { value: '+393471234567' }],
    ['34912345678', 'CH', { value: '+34912345678', warning: 'phone.leadingZeroRestored' }],
    ['022 123 45', 'CH', { error: 'phone.invalid' }],
    ['079 123 45 67 89', 'CH', { error: 'phone.invalid' }],
    ['abc', 'CH', { error: 'phone.invalid' }],
    ['12', 'CH', { error: 'phone.invalid' }],
    ['+99 123 456', 'CH', { error: 'phone.invalid' }],
    ['1'.repeat(60), 'CH', { error: 'phone.invalid' }],
  ])('%j in %s', (text, region, expected) => {
    expect(summarize(normalizePhone(text, region))).toEqual(expected);
  });

  it('says Excel stored the number only when the cell held a number; digits written as text (a CSV cell) get the prefix with their own warning', () => {
    expect(summarize(normalizePhone('791234567', 'CH', 791234567))).toEqual({
      value: '+41791234567',
      warning: 'phone.leadingZeroRestored',
    });
    expect(summarize(normalizePhone('791234567', 'CH', '791234567'))).toEqual({ value: '+41791234567', warning: 'phone.prefixAssumed' });
    expect(summarize(normalizePhone('41791234567', 'CH', '41791234567'))).toEqual({
      value: '+41791234567',
      warning: 'phone.prefixAssumed',
    });
    expect(summarize(normalizePhone('079 123 45 67', 'CH', '079 123 45 67'))).toEqual({ value: '+41791234567' });
    expect(summarize(normalizePhone('912345678', 'ES', '912345678'))).toEqual({ value: '+34912345678' });
  });

  it('never reads a Geneva number as French when the row is Swiss (the home country)', () => {
    expect(summarize(normalizePhone('022 123 45 67', 'CH'))).toEqual({ value: '+41221234567' });
    expect(summarize(normalizePhone('022 123 45 67', 'FR'))).not.toEqual({ value: '+41221234567' });
  });
});

describe('fastPhonePlan', () => {
  it('covers the usual home countries, leaves shared calling codes to libphonenumber-js', () => {
    expect(['CH', 'FR', 'DE', 'AT', 'BE', 'ES', 'NL', 'PT'].filter((region) => fastPhonePlan(region) === null)).toEqual([]);
    expect(['US', 'CA', 'GB', 'IT', 'RU', 'LU'].map((region) => fastPhonePlan(region))).toEqual([null, null, null, null, null, null]);
  });
});

describe('fastParsePhone', () => {
  const regions = ['CH', 'FR', 'DE', 'AT', 'BE', 'LU', 'ES', 'NL', 'PT', 'IT', 'GB', 'US', 'LI'] as const;
  const slow = (text: string, region: string) => {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: region as CountryCode }, phoneMetadata);
    return parsed !== undefined && parsed.isValid() ? parsed.number : undefined;
  };
  const separators = fc.constantFrom(' ', '', '.', '-', '/');
  const spelling = fc.record({
    prefix: fc.constantFrom(
      '0',
      '+41',
      '+33',
      '+49',
      '+43',
      '+32',
      '+352',
      '+34',
      '+31',
      '+351',
      '+39',
      '+44',
      '+1',
      '0041',
      '0033',
      '+41 (0)',
      '00',
    ),
    digits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 12 }),
    separator: separators,
    group: fc.integer({ min: 2, max: 4 }),
  });

  it('accepts only what libphonenumber-js accepts, with the same E.164 (property)', () => {
    let fastHits = 0;
    fc.assert(
      fc.property(spelling, fc.constantFrom(...regions), ({ prefix, digits, separator, group }, region) => {
        const body = digits.join('');
        const grouped = body.match(new RegExp(`.{1,${group}}`, 'g'))?.join(separator) ?? body;
        const text = `${prefix}${separator === '' ? '' : ' '}${grouped}`;
        const fast = fastParsePhone(text, region);
        if (fast !== undefined) {
          fastHits++;
          expect({ text, region, e164: fast }).toEqual({ text, region, e164: slow(text, region) });
        }
      }),
      { numRuns: 4000 },
    );
    expect(fastHits).toBeGreaterThan(200);
  });

  it('takes the fast path for the common Swiss, French and German spellings', () => {
    expect(fastParsePhone('022 123 45 67', 'CH')).toBe('+41221234567');
    expect(fastParsePhone('+41 78 123 45 67', 'CH')).toBe('+41781234567');
    expect(fastParsePhone('01 42 68 53 00', 'FR')).toBe('+33142685300');
    expect(fastParsePhone('030/1234567', 'DE')).toBe('+49301234567');
    expect(fastParsePhone('+41 (0)79 123 45 67', 'CH')).toBeUndefined();
    expect(fastParsePhone('tel: 022 123 45 67', 'CH')).toBeUndefined();
  });
});
