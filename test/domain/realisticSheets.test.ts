import { swissUidCheckDigit, validateSheet } from '@/domain';
import { makeClient, templateHeaderRow, toTemplateRow, type ClientCells } from './support/makeClient';

const options = { homeCountry: 'CH', today: '2026-06-15' };
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

type Profile = { cells: ClientCells; expected: Record<string, string | null> };

/** Clients from the countries GesMobile's users work with, each written the way that country writes it. */
const profiles: Profile[] = [
  {
    cells: {
      title: 'Monsieur',
      phone: '022 123 45 67',
      mobile: '079 123 45 67',
      postalCode: 1204,
      city: 'Genève',
      country: 'Suisse',
      nationality: 'suisse',
      birthDate: utc(1985, 12, 31),
      vatNumber: 'CHE-107.787.577 TVA',
    },
    expected: {
      title: 'M.',
      phone: '+41221234567',
      mobile: '+41791234567',
      postalCode: '1204',
      country: 'CH',
      nationality: 'CH',
      birthDate: '1985-12-31',
      vatNumber: 'CHE107787577TVA',
    },
  },
  {
    cells: {
      title: 'Herr',
      phone: '+41 44 123 45 67',
      mobile: '+41 (0)76 123 45 67',
      postalCode: '8001',
      city: 'Zürich',
      country: 'Schweiz',
      nationality: 'Schweizer',
      language: 'Deutsch',
      birthDate: '05.06.1979',
      vatNumber: 'CHE-107.787.577 MWST',
    },
    expected: {
      title: 'M.',
      phone: '+41441234567',
      mobile: '+41761234567',
      postalCode: '8001',
      country: 'CH',
      nationality: 'CH',
      language: 'de',
      birthDate: '1979-06-05',
      vatNumber: 'CHE107787577MWST',
    },
  },
  {
    cells: {
      title: 'Signora',
      phone: '091 123 45 67',
      mobile: '0041 78 123 45 67',
      postalCode: 'CH-6900',
      city: 'Lugano',
      country: 'CH',
      nationality: 'italienne',
      language: 'italiano',
      birthDate: '1990-02-28',
      vatNumber: 'CHE-107.787.577 IVA',
    },
    expected: {
      title: 'Mme',
      phone: '+41911234567',
      mobile: '+41781234567',
      postalCode: '6900',
      country: 'CH',
      nationality: 'IT',
      language: 'it',
      birthDate: '1990-02-28',
      vatNumber: 'CHE107787577IVA',
    },
  },
  {
    cells: {
      title: 'Mme',
      phone: '01 42 68 53 00',
      mobile: '06.12.34.56.78',
      postalCode: '75001',
      city: 'Paris',
      country: 'France',
      nationality: 'française',
      practiceCountry: 'Suisse',
      birthDate: '03/04/1972',
      vatNumber: 'FR 40 303 265 045',
    },
    expected: {
      title: 'Mme',
      phone: '+33142685300',
      mobile: '+33612345678',
      postalCode: '75001',
      country: 'FR',
      nationality: 'FR',
      practiceCountry: 'CH',
      birthDate: '1972-04-03',
      vatNumber: 'FR40303265045',
    },
  },
  {
    cells: {
      title: 'Frau',
      phone: '030 1234567',
      mobile: '0151 23456789',
      postalCode: '10115',
      city: 'Berlin',
      country: 'Deutschland',
      nationality: 'Deutsche',
      language: 'de',
      birthDate: '1.2.1968',
      vatNumber: 'DE 123456789',
    },
    expected: {
      title: 'Mme',
      phone: '+49301234567',
      mobile: '+4915123456789',
      postalCode: '10115',
      country: 'DE',
      nationality: 'DE',
      language: 'de',
      birthDate: '1968-02-01',
      vatNumber: 'DE123456789',
    },
  },
  {
    cells: {
      title: 'Mr',
      phone: '02 1234 5678',
      mobile: '347 123 4567',
      postalCode: '20121',
      city: 'Milano',
      country: 'Italie',
      nationality: 'Italian',
      language: 'it',
      birthDate: 31412,
      vatNumber: 'IT 12345678901',
    },
    expected: {
      title: 'M.',
      phone: '+390212345678',
      mobile: '+393471234567',
      postalCode: '20121',
      country: 'IT',
      nationality: 'IT',
      language: 'it',
      birthDate: '1985-12-31',
      vatNumber: 'IT12345678901',
    },
  },
  {
    cells: {
      title: 'Madame',
      phone: '02 511 23 45',
      mobile: '0470 12 34 56',
      postalCode: 1000,
      city: 'Bruxelles',
      country: 'Belgique',
      nationality: 'belge',
      birthDate: '1975-07-14',
      vatNumber: 'BE 0123.456.789',
    },
    expected: {
      title: 'Mme',
      phone: '+3225112345',
      mobile: '+32470123456',
      postalCode: '1000',
      country: 'BE',
      nationality: 'BE',
      birthDate: '1975-07-14',
      vatNumber: 'BE0123456789',
    },
  },
  {
    cells: {
      title: 'Ms',
      phone: '01 234 56 78',
      mobile: '0664 1234567',
      postalCode: '1010',
      city: 'Wien',
      country: 'Österreich',
      nationality: 'autrichienne',
      language: 'English',
      birthDate: '24-12-1980',
      vatNumber: 'ATU12345678',
    },
    expected: {
      title: 'Mme',
      phone: '+4312345678',
      mobile: '+436641234567',
      postalCode: '1010',
      country: 'AT',
      nationality: 'AT',
      language: 'en',
      birthDate: '1980-12-24',
      vatNumber: 'ATU12345678',
    },
  },
  {
    cells: {
      title: 'M.',
      phone: '+352 27 12 34 56',
      mobile: '+352 621 123 456',
      postalCode: 'L-1234',
      city: 'Luxembourg',
      country: 'Luxembourg',
      nationality: 'luxembourgeois',
      birthDate: '11.11.1961',
      vatNumber: 'LU 12345678',
    },
    expected: {
      title: 'M.',
      phone: '+35227123456',
      mobile: '+352621123456',
      postalCode: '1234',
      country: 'LU',
      nationality: 'LU',
      birthDate: '1961-11-11',
      vatNumber: 'LU12345678',
    },
  },
  {
    cells: {
      title: 'Mrs',
      phone: '+44 20 7946 0958',
      mobile: '+44 7911 123456',
      postalCode: 'SW1A 1AA',
      city: 'London',
      country: 'United Kingdom',
      nationality: 'British',
      language: 'en',
      birthDate: '1970-01-01',
      vatNumber: null,
    },
    expected: {
      title: 'Mme',
      phone: '+442079460958',
      mobile: '+447911123456',
      postalCode: 'SW1A 1AA',
      country: 'GB',
      nationality: 'GB',
      language: 'en',
      birthDate: '1970-01-01',
      vatNumber: null,
    },
  },
  {
    cells: {
      title: 'M.',
      phone: '+221 33 823 45 67',
      mobile: '+221 77 123 45 67',
      postalCode: '12500',
      city: 'Dakar',
      country: 'Sénégal',
      nationality: 'sénégalais',
      birthDate: '15.08.1988',
      vatNumber: null,
    },
    expected: {
      title: 'M.',
      phone: '+221338234567',
      mobile: '+221771234567',
      postalCode: '12500',
      country: 'SN',
      nationality: 'SN',
      birthDate: '1988-08-15',
      vatNumber: null,
    },
  },
];

describe('realistic sheets', () => {
  it.each(profiles.map((profile) => [profile.expected.country, profile] as const))(
    'a client from %s is valid and normalised',
    (_country, profile) => {
      const result = validateSheet([templateHeaderRow, toTemplateRow(makeClient(profile.cells))], options);
      expect(result.issues).toEqual([]);
      expect(result.records[0]?.values).toMatchObject(profile.expected);
    },
  );

  it('raises no false alarm on 2,000 valid rows of every profile', () => {
    const rows: unknown[][] = [['Export clients'], [], templateHeaderRow];
    for (let i = 0; i < 2000; i++) {
      const profile = profiles[i % profiles.length] ?? profiles[0];
      const base = String(10_000_000 + i * 7919).slice(0, 8);
      const check = swissUidCheckDigit(base);
      const vatNumber =
        profile?.expected.country === 'CH' && check !== undefined
          ? `CHE-${base.slice(0, 3)}.${base.slice(3, 6)}.${base.slice(6)}${check}`
          : profile?.cells.vatNumber;
      rows.push(toTemplateRow(makeClient({ ...profile?.cells, vatNumber, code: `CL-${i}`, email: `client${i}@example.com` })));
      if (i % 100 === 0) rows.push([]);
    }
    const result = validateSheet(rows, options);
    expect(result.issues).toEqual([]);
    expect([result.headerRow, result.rows, result.validRows]).toEqual([3, 2000, 2000]);
  });
});
