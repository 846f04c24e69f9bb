import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frenchExportCsv, swissExportXlsx } from './support/messyFixtures';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Runs the real command (`tsx src/cli/validate.ts`), as `npm run validate --` does. */
function validate(...argv: string[]) {
  const result = spawnSync(tsx, [join(root, 'src', 'cli', 'validate.ts'), ...argv], { encoding: 'utf8', cwd: root });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('validate command (process)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-'));
    writeFileSync(join(dir, 'clients.xlsx'), swissExportXlsx());
    writeFileSync(join(dir, 'france.csv'), frenchExportCsv());
    mkdirSync(join(dir, 'dossier.xlsx'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with the JSON report when the file has errors', () => {
    const { status, stdout } = validate(join(dir, 'clients.xlsx'), '--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect([report.sheet, report.headerRow, report.rows, report.validRows]).toEqual(['Clients', 4, 6, 3]);
  });

  it('exits 0 on a file without errors', () => {
    const { status, stdout } = validate(join(dir, 'france.csv'), '--home', 'FR');
    expect(status).toBe(0);
    expect(stdout).toContain('3 lignes, 3 valides, 0 erreur, 1 avertissement');
  });

  it('exits 2 with a one-line reason when the file cannot be read', () => {
    expect(validate(join(dir, 'absent.csv'))).toEqual({
      status: 2,
      stdout: '',
      stderr: `Impossible de lire ${join(dir, 'absent.csv')}\u00a0: fichier introuvable.\n`,
    });
    expect(validate(join(dir, 'dossier.xlsx'), '--lang', 'en')).toEqual({
      status: 2,
      stdout: '',
      stderr: `Cannot read ${join(dir, 'dossier.xlsx')}: not a file.\n`,
    });
  });
});
