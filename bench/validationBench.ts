import { createSheetValidator, swissUidCheckDigit, clientTemplate, validateSheet } from '@/domain';

const ROWS = 100_000;
const RUNS = 5;

const LAST_NAMES = [
  'Müller',
  'Meier',
  'Rochat',
  'Favre',
  'Dupont',
  'Schmid',
  'Rossi',
  'Keller',
  'Bonvin',
  'Gerber',
  'Martin',
  'Bernasconi',
];
const FIRST_NAMES = ['Anne', 'Jean-Luc', 'Sophie', 'Marc', 'Léa', 'Thomas', 'Chloé', 'Luca', 'Hélène', 'Noah'];
const CITIES = [
  ['1204', 'Genève'],
  ['1003', 'Lausanne'],
  ['2000', 'Neuchâtel'],
  ['1950', 'Sion'],
  ['3011', 'Bern'],
  ['8001', 'Zürich'],
] as const;
const LANGUAGES = ['français', 'fr', 'Deutsch', 'de', 'italiano', 'English'];

/** A realistic row: mostly Swiss clients in the usual spellings, one in ten French; both phone columns filled. */
function makeRow(i: number): unknown[] {
  const french = i % 10 === 0;
  const [npa, city] = CITIES[i % CITIES.length] ?? ['1204', 'Genève'];
  const a = String(i % 1000).padStart(3, '0');
  const b = String(Math.floor(i / 1000) % 100).padStart(2, '0');
  const c = String((i * 7) % 100).padStart(2, '0');
  const uidBase = String(10_000_000 + i * 37).slice(0, 8);
  const check = swissUidCheckDigit(uidBase);
  const vat = check === undefined ? '' : `CHE-${uidBase.slice(0, 3)}.${uidBase.slice(3, 6)}.${uidBase.slice(6)}${check} TVA`;
  return [
    `CL-${String(i).padStart(6, '0')}`,
    i % 2 === 0 ? 'Madame' : 'M.',
    LAST_NAMES[i % LAST_NAMES.length],
    FIRST_NAMES[i % FIRST_NAMES.length],
    i % 3 === 0 ? `Atelier ${i} SA` : '',
    i % 4 === 0 ? vat : '',
    `client.${i}@Example.CH`,
    french ? `01 42 ${b} ${c} ${a.slice(1)}` : `022 ${a} ${b} ${c}`,
    french ? `+33 6 12 ${b} ${c} ${a.slice(1)}` : i % 2 === 0 ? `079 ${a} ${b} ${c}` : `+41 78 ${a} ${b} ${c}`,
    `Rue du Lac ${i % 200}`,
    french ? `750${String(i % 20).padStart(2, '0')}` : Number(npa),
    french ? 'Paris' : city,
    french ? 'France' : i % 2 === 0 ? 'Suisse' : 'CH',
    french ? 'française' : 'suisse',
    french ? 'FR' : 'CH',
    LANGUAGES[i % LANGUAGES.length],
    i % 2 === 0
      ? 20000 + (i % 15000)
      : `${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.${1950 + (i % 50)}`,
    i % 5 === 0 ? 'Client fidèle depuis 2010' : '',
  ];
}

/** Reads every cell once: the floor any validator pays. */
function bareLoop(rows: readonly unknown[][]): number {
  let filled = 0;
  for (const row of rows) for (const cell of row) if (cell !== '' && cell !== null) filled++;
  return filled;
}

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest / 1000;
}

/** 100,000 rows × the template's 18 columns validated and normalised on one core (DESIGN.md §5). */
export async function benchValidation(): Promise<string[]> {
  const rows: unknown[][] = [clientTemplate.map((column) => column.header)];
  for (let i = 1; i <= ROWS; i++) rows.push(makeRow(i));
  let errors = -1;
  const seconds = best(() => {
    const result = validateSheet(rows, { homeCountry: 'CH', today: '2026-01-01' });
    errors = result.issues.filter((issue) => issue.severity === 'error').length;
  });
  if (errors !== 0) throw new Error(`benchmark data should be valid, got ${errors} errors`);
  const bare = best(() => void bareLoop(rows));
  const edits = benchEdits(rows);
  return [
    `validate.rows_per_s ${Math.round(ROWS / seconds)} rows/s`,
    `validate.100k_rows ${seconds.toFixed(3)} s`,
    `validate.ratio_to_bare_loop ${(seconds / bare).toFixed(1)} x`,
    ...edits,
  ];
}

/**
 * The engine's part of validation as you type, on the 100,000 validated rows: one edited cell (a code made a duplicate,
 * then fixed), and a paste of 10,000 rows, each beside the full validation of the same run. Excel's syncs come on top.
 */
function benchEdits(rows: readonly unknown[][]): string[] {
  const validator = createSheetValidator(rows.slice(0, 20), { homeCountry: 'CH', today: '2026-01-01' });
  validator.addRows(rows, 0);
  const duplicate = [...(rows[500] ?? [])];
  duplicate[0] = rows[10]?.[0];
  let flip = false;
  const oneCell = best(() => {
    flip = !flip;
    validator.replaceRows([flip ? duplicate : [...(rows[500] ?? [])]], 500);
    validator.finish();
  });
  const pasted = rows.slice(40_000, 50_000).map((row) => [...row]);
  const paste = best(() => {
    validator.replaceRows(pasted, 40_000);
    validator.finish();
  });
  return [
    `revalidate.one_cell_edit_on_100k ${(oneCell * 1000).toFixed(1)} ms (validate.100k_rows above)`,
    `revalidate.paste_10k_rows_on_100k ${(paste * 1000).toFixed(1)} ms (validate.100k_rows above)`,
  ];
}
