import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileBytes } from '@/cli/validate/readFileBytes';
import { runValidate } from '@/cli/validate/runValidate';
import { MAPPING_TARGETS } from '@/domain';

// A real export (test/fixtures/real/SOURCES.md: Snipe-IT's users-sample.csv, AGPL-3.0): the engine reads Employee
// Number as the client code and Notes as notes; a confirmed mapping says Username is the code and the other two are not imported.
const snipeIt = join(__dirname, '..', 'fixtures', 'real', 'snipeit-en-users-sample.csv');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runValidate(argv, {
    readFile: readFileBytes,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: '2026-12-02',
  });
  return { code, stdout, stderr };
}

describe('validate with a confirmed mapping (--mapping, --map) on a real export', () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-mapping-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the columns the engine chose without a mapping', async () => {
    const report = JSON.parse((await run(snipeIt, '--json')).stdout);
    expect(report.columns.mapped).toEqual(
      expect.arrayContaining([
        { header: 'Employee Number', key: 'code', column: 'P', confidence: 'exact' },
        { header: 'Notes', key: 'notes', column: 'O', confidence: 'exact' },
      ]),
    );
    expect(report.columns.unknown).toContain('Username');
    expect(report.columns.ignored).toEqual([]);
  });

  it('applies --map entries: mapped columns say `user`, ignored ones are listed under columns.ignored, not unknown', async () => {
    const { code, stdout, stderr } = await run(
      snipeIt,
      '--json',
      '--map',
      'Username=Code client',
      '--map',
      'Employee Number=ignore',
      '--map',
      'notes=ignore',
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.columns.mapped).toContainEqual({ header: 'Username', key: 'code', column: 'D', confidence: 'user' });
    expect(report.columns.mapped.map((column: { header: string }) => column.header)).not.toContain('Employee Number');
    expect(report.columns.ignored).toEqual([
      { header: 'Notes', column: 'O' },
      { header: 'Employee Number', column: 'P' },
    ]);
    expect(report.columns.unknown).not.toEqual(expect.arrayContaining(['Username', 'Notes', 'Employee Number']));
    expect(report.records[0].values).toMatchObject({ code: 'rtenant0' });
    expect(report.records[0].values.notes).toBeUndefined();
  });

  it('reads a --mapping file (MappingInput shape or a bare array); a --map wins for its header', async () => {
    const mappingInput = file(
      'snipeit.json',
      JSON.stringify({
        signature: 'ignored|by|the|cli',
        headers: [],
        columns: [
          { header: 'Username', target: 'code' },
          { header: 'Employee Number', target: 'ignore' },
        ],
      }),
    );
    const bare = file('bare.json', JSON.stringify([{ header: 'Username', target: 'code' }]));
    const fromFile = JSON.parse((await run(snipeIt, '--json', '--mapping', mappingInput)).stdout);
    expect(fromFile.columns.mapped).toContainEqual({ header: 'Username', key: 'code', column: 'D', confidence: 'user' });
    expect(fromFile.columns.ignored).toEqual([{ header: 'Employee Number', column: 'P' }]);
    expect(JSON.parse((await run(snipeIt, '--json', '--mapping', bare)).stdout).columns.mapped).toContainEqual(
      expect.objectContaining({ header: 'Username', key: 'code', confidence: 'user' }),
    );

    const overridden = JSON.parse((await run(snipeIt, '--json', '--mapping', mappingInput, '--map', 'Username=ignore')).stdout);
    expect(overridden.columns.ignored).toEqual([
      { header: 'Username', column: 'D' },
      { header: 'Employee Number', column: 'P' },
    ]);
  });

  it('lists ignored columns in the text report', async () => {
    const { stdout } = await run(snipeIt, '--map', 'Website=ignore', '--map', 'Gravatar=ignore');
    expect(stdout).toContain('Colonnes ignorées selon la correspondance\u00a0: L Website, W Gravatar');
    expect(stdout).not.toMatch(/Colonnes inconnues \(ignorées\)\s:.*Website/);
  });

  it.each([
    [
      ['--map', 'Username=courriel'],
      `--map «\u00a0Username=courriel\u00a0»\u00a0: cible inconnue «\u00a0courriel\u00a0»\u00a0; cibles possibles\u00a0: ${MAPPING_TARGETS.join(', ')}, ou un en-tête du modèle (Nom, Prénom, E-mail…).\n`,
    ],
    [['--map', 'Username'], expect.stringMatching(/^--map «\sUsername\s»\s: écrivez EN-TÊTE=CIBLE/)],
    [
      ['--map', 'Username=courriel', '--lang', 'en'],
      `--map "Username=courriel": unknown target "courriel"; possible targets: ${MAPPING_TARGETS.join(', ')}, or a template header (Nom, Prénom, E-mail…).\n`,
    ],
  ])('refuses %j with exit code 2 and a line naming the entry and the rule', async (argv, message) => {
    expect(await run(snipeIt, ...argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('refuses an unusable mapping file with exit code 2, naming the file and the position or the entry', async () => {
    const broken = file('broken.json', '{\n  "columns": [\n    {"header": "Username", "target": "code"},\n  ]\n}\n');
    expect(await run(snipeIt, '--mapping', broken)).toEqual({
      code: 2,
      stdout: '',
      stderr: `Correspondance ${broken}\u00a0: JSON illisible (ligne 4, colonne 3).\n`,
    });
    const unknown = file('unknown.json', JSON.stringify([{ header: 'Username', target: 'E-mail' }]));
    expect((await run(snipeIt, '--mapping', unknown, '--lang', 'en')).stderr).toBe(
      `Mapping ${unknown}, [0].target: unknown target "E-mail"; possible targets: ${MAPPING_TARGETS.join(', ')}.\n`,
    );
    const absent = join(dir, 'absent.json');
    expect(await run(snipeIt, '--mapping', absent)).toEqual({
      code: 2,
      stdout: '',
      stderr: `Impossible de lire ${absent}\u00a0: fichier introuvable.\n`,
    });
  });
});
