import { normalizeClientValues } from '@/domain';
import { makeClient } from './support/makeClient';

const options = { homeCountry: 'CH', today: '2026-06-15' };
const codes = (input: Parameters<typeof normalizeClientValues>[0], opts = options) =>
  normalizeClientValues(input, opts).problems.map((problem) => `${problem.key}:${problem.code}`);

describe('normalizeClientValues', () => {
  it('normalises every value of a valid Swiss client', () => {
    expect(normalizeClientValues(makeClient(), options)).toEqual({
      values: {
        code: 'CL-000001',
        title: 'Mme',
        lastName: 'Müller',
        firstName: 'Anne',
        company: 'Atelier Müller SA',
        vatNumber: 'CHE107787577TVA',
        email: 'anne.muller@example.ch',
        phone: '+41221234567',
        mobile: '+41791234567',
        address: 'Rue du Lac 12',
        postalCode: '1204',
        city: 'Genève',
        country: 'CH',
        nationality: 'CH',
        practiceCountry: 'CH',
        language: 'fr',
        birthDate: '1985-12-31',
        notes: 'Cliente fidèle',
      },
      problems: [],
    });
  });

  it('applies the defaults (country = home, language = fr) and invents no nationality or country of practice', () => {
    const { values } = normalizeClientValues(
      makeClient({
        country: 'France',
        nationality: '',
        practiceCountry: null,
        language: ' ',
        phone: '01 42 68 53 00',
        mobile: null,
        postalCode: '75001',
      }),
      options,
    );
    expect(values).toMatchObject({
      country: 'FR',
      nationality: null,
      practiceCountry: null,
      language: 'fr',
      phone: '+33142685300',
      postalCode: '75001',
    });
    const home = normalizeClientValues(makeClient({ country: null, nationality: null, practiceCountry: null }), {
      ...options,
      homeCountry: 'BE',
    });
    expect(home.values).toMatchObject({ country: 'BE', nationality: null, practiceCountry: null });
  });

  it('reads phones and postal codes by the row country, else the home country — never France by default', () => {
    const swissRow = normalizeClientValues(makeClient({ country: null, phone: '022 123 45 67', postalCode: 1204 }), options);
    expect(swissRow.values).toMatchObject({ country: 'CH', phone: '+41221234567', postalCode: '1204' });
    const germanHome = normalizeClientValues(makeClient({ country: null, phone: '030 1234567', mobile: null, postalCode: 1067 }), {
      ...options,
      homeCountry: 'de',
    });
    expect(germanHome.values).toMatchObject({ country: 'DE', phone: '+49301234567', postalCode: '01067' });
    expect(germanHome.problems.map((problem) => problem.code)).toEqual(['postalCode.leadingZeroRestored']);
    const frenchRowSwissHome = normalizeClientValues(
      makeClient({ country: 'FR', phone: '01 42 68 53 00', mobile: 612345678, postalCode: 1000 }),
      options,
    );
    expect(frenchRowSwissHome.values).toMatchObject({ phone: '+33142685300', mobile: '+33612345678', postalCode: '01000' });
  });

  it('falls back to the home country when the row country is invalid', () => {
    const result = normalizeClientValues(makeClient({ country: 'Suise' }), options);
    expect(result.values).toMatchObject({ country: 'Suise', phone: '+41221234567', nationality: 'CH' });
    expect(result.problems).toEqual([{ key: 'country', code: 'country.unknown', params: { value: 'Suise' }, suggestion: 'Suisse' }]);
  });

  it.each([
    [
      'required values',
      makeClient({ lastName: '  ', firstName: null, email: undefined }),
      ['lastName:value.required', 'firstName:value.required', 'email:value.required'],
    ],
    ['too long', makeClient({ code: 'C'.repeat(33), notes: 'n'.repeat(2001) }), ['code:value.tooLong', 'notes:value.tooLong']],
    [
      'Excel errors and odd types',
      makeClient({ phone: '#N/A', company: true, city: { richText: [] } }),
      ['company:value.invalidType', 'phone:value.excelError', 'city:value.invalidType'],
    ],
    [
      'invalid values',
      makeClient({ email: 'anne@', title: 'Famille', vatNumber: 'CHE-107.787.578', language: 'es', birthDate: '12/31/1985' }),
      ['title:title.unknown', 'vatNumber:vat.checkDigit', 'email:email.invalid', 'language:language.unknown', 'birthDate:date.ambiguous'],
    ],
    ['repairs are warnings', makeClient({ mobile: 791234567 }), ['mobile:phone.leadingZeroRestored']],
  ])('%s', (_label, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('reads an academic title as no civilité, with a warning: the title stays empty, none is guessed', () => {
    const { values, problems } = normalizeClientValues(makeClient({ title: 'Dr. med.' }), options);
    expect(values.title).toBeNull();
    expect(problems).toEqual([{ key: 'title', code: 'title.academic', params: { value: 'Dr. med.' }, suggestion: null }]);
  });

  it('keeps the text of an invalid value and null for an empty one', () => {
    const { values } = normalizeClientValues(makeClient({ email: ' anne@ ', company: '', phone: '#N/A' }), options);
    expect(values).toMatchObject({ email: 'anne@', company: null, phone: '#N/A' });
  });

  it('checks only the given keys', () => {
    expect(normalizeClientValues({ lastName: 'Dupont' }, { ...options, keys: ['lastName', 'country'] })).toEqual({
      values: { lastName: 'Dupont', country: 'CH' },
      problems: [],
    });
  });
});
