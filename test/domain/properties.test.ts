import fc from 'fast-check';
import { matchHeader, ISSUE_SEVERITY, clientTemplate, normalizeClientValues, validateSheet } from '@/domain';
import { templateHeaderRow } from './support/makeClient';

const options = { homeCountry: 'CH', today: '2026-06-15' };
const labels = clientTemplate.flatMap((column) =>
  [column.header, column.label, ...column.synonyms].map((label) => ({ label, key: column.key })),
);

/** Rewrites a label the way people do: any case per letter, accents dropped or kept, spaces, punctuation, `*`, typographic apostrophes. */
const spelledLike = (label: string) =>
  fc
    .record({
      cases: fc.array(fc.boolean(), { minLength: label.length, maxLength: label.length }),
      noise: fc.array(fc.constantFrom('', '', '', ' ', '  ', '.', '-', '’', "'", '_', '/'), {
        minLength: label.length + 1,
        maxLength: label.length + 1,
      }),
      stripAccents: fc.boolean(),
      star: fc.constantFrom('', ' *', '*'),
    })
    .map(({ cases, noise, stripAccents, star }) => {
      const base = stripAccents ? label.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : label;
      const letters = [...base].map((char, index) => (cases[index] ? char.toUpperCase() : char.toLowerCase()));
      return letters.map((char, index) => `${noise[index] ?? ''}${char}`).join('') + (noise[letters.length] ?? '') + star;
    });

describe('properties', () => {
  it('header matching is invariant under case, accents, spacing, punctuation and `*`', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...labels).chain(({ label, key }) => spelledLike(label).map((variant) => ({ variant, key }))),
        ({ variant, key }) => {
          expect({ variant, key: matchHeader(variant)?.key }).toEqual({ variant, key });
        },
      ),
      { numRuns: 2000 },
    );
  });

  const messy = (values: readonly unknown[]) =>
    fc.oneof(
      fc.constantFrom(...values),
      fc.constantFrom(...values.filter((value): value is string => typeof value === 'string')).map((value) => `  ${value.toUpperCase()} `),
      fc.string({ maxLength: 30 }),
      fc.constant(null),
    );
  const client = fc.record({
    code: messy(['CL-000123', 'ab 12', 'X'.repeat(40)]),
    title: messy(['M.', 'Monsieur', 'Mrs', 'Frau', 'Dr']),
    lastName: messy(['Müller', '  de  la Tour ', "O'Brien"]),
    firstName: messy(['Anne', 'Jean-Luc']),
    company: messy(['Atelier SA', '']),
    vatNumber: messy(['CHE-107.787.577 TVA', 'che107787577', 'FR 40 303 265 045', 'GR123456789', 'CHE-107.787.578']),
    email: messy(['anne@Example.CH', 'Jean.Dupont@bluewin.ch', 'x@', 'a@b.c']),
    phone: messy(['022 123 45 67', '+41 79 123 45 67', 791234567, '01 42 68 53 00', '0041 22 123 45 67', '+33 6 12 34 56 78', '912345678']),
    mobile: messy(['079 123 45 67', 41791234567, '+49 151 23456789', '123']),
    address: messy(['Rue du Lac 1', 'a\nb']),
    postalCode: messy([1204, '1000', 'CH-1204', 75001, 1000, 'SW1A 1AA', '750011']),
    city: messy(['Genève', 'Paris']),
    country: messy(['Suisse', 'CH', 'France', 'fr', 'Deutschland', 'Espagne', 'Royaume-Uni', 'Suise', 'Italie']),
    nationality: messy(['suisse', 'française', 'Schweizer', 'British', 'sénégalais']),
    practiceCountry: messy(['CH', 'Belgique', 'Luxembourg']),
    language: messy(['français', 'Deutsch', 'it', 'English', 'es']),
    birthDate: messy(['31.12.1985', '1985-12-31', '31/12/1985', 31412, '12/31/1985', new Date(Date.UTC(1990, 4, 17)), '31.02.1990']),
    notes: messy(['Client fidèle', ' a \r\n b ']),
  });

  it('normalisation is idempotent: normalising a normalised value changes nothing and finds no error', () => {
    fc.assert(
      fc.property(client, fc.constantFrom('CH', 'FR', 'DE', 'BE'), (input, homeCountry) => {
        const first = normalizeClientValues(input, { ...options, homeCountry });
        const invalid = new Set(first.problems.filter((problem) => ISSUE_SEVERITY[problem.code] === 'error').map((problem) => problem.key));
        const second = normalizeClientValues(first.values, { ...options, homeCountry });
        for (const column of clientTemplate) {
          if (invalid.has(column.key)) continue;
          expect({ key: column.key, value: second.values[column.key] }).toEqual({ key: column.key, value: first.values[column.key] });
          expect(second.problems.filter((problem) => problem.key === column.key)).toEqual([]);
        }
      }),
      { numRuns: 1500 },
    );
  });

  const anyCell = fc.oneof(
    fc.anything(),
    fc.date(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!', '', '   ', null, undefined),
    fc.constant('é'.repeat(20_000)),
  );

  it('the validator never throws on arbitrary cell values and accounts for every non-empty row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 22 }), { maxLength: 12 }), fc.boolean(), (body, withHeader) => {
        const rows = withHeader ? [templateHeaderRow, ...body] : body;
        const result = validateSheet(rows, options);
        expect(result.records.length).toBe(result.rows);
        expect(result.validRows).toBeLessThanOrEqual(result.rows);
        for (const issue of result.issues) expect(ISSUE_SEVERITY[issue.code]).toBe(issue.severity);
      }),
      { numRuns: 400 },
    );
  });
});
