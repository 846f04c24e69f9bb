import fc from 'fast-check';
import {
  collectValueFixes,
  countryNamesFr,
  describeIssue,
  suggestedChoices,
  validateSheet,
  valueFixWrites,
  VALUE_FIX_KEYS,
  type ValueFixEntry,
} from '@/domain';
import { makeClient, templateHeaderRow, toTemplateRow, type ClientCells } from './support/makeClient';

const options = { homeCountry: 'CH', today: '2026-06-15' };

/** A sheet of clients (unique emails), each with its overrides. */
function sheetOf(rows: ClientCells[]) {
  return validateSheet(
    [
      templateHeaderRow,
      ...rows.map((overrides, index) => toTemplateRow(makeClient({ code: null, email: `c${index}@example.ch`, ...overrides }))),
    ],
    options,
  );
}

/** An entry in a shape that reads well in a case table. */
const brief = (entry: ValueFixEntry) => [entry.key, entry.value, entry.count, `${entry.column}${entry.rows.join(',')}`, entry.suggestion];

describe('collectValueFixes', () => {
  it('lists each distinct value once per column with its count, its cells and the suggestion in the sheet form', () => {
    const validation = sheetOf([
      { country: 'Suise' },
      { country: 'Suise ', title: 'Dr.' },
      { country: 'Swtizerland', nationality: 'francaisse' },
      { country: 'Suise', language: 'Englsh', practiceCountry: 'Suise' },
      { title: 'Dr.', language: 'Klingon' },
      { title: 'Madmae' },
    ]);
    expect(collectValueFixes(validation).map(brief)).toEqual([
      ['title', 'Dr.', 2, 'B3,6', null],
      ['title', 'Madmae', 1, 'B7', 'Mme'],
      ['country', 'Suise', 3, 'M2,3,5', 'Suisse'],
      ['country', 'Swtizerland', 1, 'M4', 'Suisse'],
      ['nationality', 'francaisse', 1, 'N4', 'France'],
      ['practiceCountry', 'Suise', 1, 'O5', 'Suisse'],
      ['language', 'Englsh', 1, 'P5', 'Anglais'],
      ['language', 'Klingon', 1, 'P6', null],
    ]);
  });

  it('offers the template values of each key: civilités, French country and language names', () => {
    const entries = collectValueFixes(sheetOf([{ title: 'Dr', country: 'Atlantide', nationality: 'xx', language: 'es' }]));
    const allowed = new Map(entries.map((entry) => [entry.key, entry.allowed]));
    expect(allowed.get('title')).toEqual(['M.', 'Mme']);
    expect(allowed.get('language')).toEqual(['Français', 'Allemand', 'Italien', 'Anglais']);
    expect(allowed.get('country')).toBe(countryNamesFr());
    expect(allowed.get('nationality')).toContain('Suisse');
    expect(countryNamesFr()).toEqual(expect.arrayContaining(['Suisse', 'France', 'Allemagne', 'Italie', 'Liechtenstein']));
  });

  it.each(VALUE_FIX_KEYS)('offers for %s only values the engine reads back without a problem', (key) => {
    const entries = collectValueFixes(
      sheetOf([{ title: 'Dr', country: 'Atlantide', nationality: 'xx', practiceCountry: 'yy', language: 'es' }]),
    );
    const allowed = entries.find((entry) => entry.key === key)?.allowed ?? [];
    expect(allowed.length).toBeGreaterThan(1);
    const validation = sheetOf(allowed.map((value) => ({ [key]: value })));
    // Phones and postal codes follow the row's country: only the key's own column counts here.
    expect(validation.issues.filter((issue) => issue.column === key)).toEqual([]);
  });

  it('keeps an academic title a warning: the row stays importable', () => {
    const validation = sheetOf([{ title: 'Prof. Dr.' }, { title: 'Me' }]);
    expect(validation.validRows).toBe(2);
    expect(validation.records.map((record) => record.values.title)).toEqual([null, null]);
    expect(validation.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['title.academic', 'warning'],
      ['title.academic', 'warning'],
    ]);
    const [issue] = validation.issues;
    expect(issue && describeIssue(issue, 'fr')).toBe(
      '«\u00a0Prof. Dr.\u00a0» est un titre académique, pas une civilité\u00a0: la civilité reste vide.',
    );
    expect(issue && describeIssue(issue, 'en')).toBe('"Prof. Dr." is an academic title, not M. or Mme: the title is left empty.');
  });

  it('is empty for a valid sheet and leaves out the other issues', () => {
    expect(collectValueFixes(sheetOf([{}, { email: 'nope', phone: '12' }]))).toEqual([]);
  });
});

describe('valueFixWrites', () => {
  const entries = collectValueFixes(sheetOf([{ country: 'Suise' }, { country: 'Suise', title: 'Dr' }, { language: 'Klingon' }]));
  const id = (key: string) => entries.find((entry) => entry.key === key)?.id ?? '';

  it('writes the chosen values, one write per entry, and nothing for the entries left as they are', () => {
    expect(valueFixWrites(entries, { [id('country')]: 'Suisse', [id('title')]: null, [id('language')]: 'Allemand' })).toEqual([
      { column: 'M', rows: [2, 3], from: 'Suise', value: 'Suisse' },
      { column: 'P', rows: [4], from: 'Klingon', value: 'Allemand' },
    ]);
  });

  it('ignores a value the column does not allow and an unknown entry', () => {
    expect(valueFixWrites(entries, { [id('country')]: 'Suisse romande', [id('title')]: 'Dr', nope: 'fr' })).toEqual([]);
  });

  it('"accept the suggestions" chooses every suggestion and nothing else', () => {
    expect(suggestedChoices(entries)).toEqual({ [id('country')]: 'Suisse' });
    expect(valueFixWrites(entries, suggestedChoices(entries))).toEqual([{ column: 'M', rows: [2, 3], from: 'Suise', value: 'Suisse' }]);
  });
});

describe('collectValueFixes (properties)', () => {
  const messy = (values: string[]) => fc.constantFrom(...values);
  const row = fc.record({
    title: messy(['Mme', 'Dr', 'Dr.', ' Dr ', 'Prof.', 'Madmae', 'Famille', '']),
    country: messy(['Suisse', 'Suise', 'Suise ', 'Frnace', 'Atlantide', 'CH', '']),
    nationality: messy(['suisse', 'francaisse', 'xx', '']),
    practiceCountry: messy(['CH', 'Suise', 'Narnia', '']),
    language: messy(['fr', 'Englsh', 'Klingon', 'es', '']),
  });

  it('counts sum to the unreadable-value issues, and every cell is listed once', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const validation = sheetOf(rows);
        const entries = collectValueFixes(validation);
        const fixable = validation.issues.filter(
          (issue) =>
            issue.column !== null &&
            (VALUE_FIX_KEYS as readonly string[]).includes(issue.column) &&
            /^(title|country|nationality|language)\.(unknown|academic)$/.test(issue.code),
        );
        expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(fixable.length);
        const listed = entries.flatMap((entry) => entry.rows.map((cellRow) => `${entry.column}${cellRow}`)).sort();
        expect(listed).toEqual(fixable.map((issue) => `${issue.columnLetter ?? ''}${issue.row ?? ''}`).sort());
        expect(new Set(entries.map((entry) => `${entry.key} ${entry.column} ${entry.value}`)).size).toBe(entries.length);
        for (const entry of entries) {
          expect(entry.count).toBe(entry.rows.length);
          expect(entry.suggestion === null || entry.allowed.includes(entry.suggestion)).toBe(true);
        }
      }),
    );
  });
});
