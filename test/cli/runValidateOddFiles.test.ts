import { join } from 'node:path';
import { readFileBytes } from '@/cli/validate/readFileBytes';
import { runValidate } from '@/cli/validate/runValidate';

// The validate command over files real tools wrote (test/fixtures/real/odd, see SOURCES.md).
const ODD = join(__dirname, '../fixtures/real/odd');

async function run(file: string, ...options: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runValidate([join(ODD, file), ...options], {
    readFile: readFileBytes,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr: stderr.replace(`${join(ODD, file)}`, file) };
}

describe('validate command — files from other programs', () => {
  it.each([
    [
      'employee-template-title-rows.ods',
      "Impossible de lire employee-template-title-rows.ods\u00a0: c'est un classeur OpenDocument (.ods, de LibreOffice ou OpenOffice)\u00a0; ouvrez-le et enregistrez-le au format .xlsx.\n",
    ],
    [
      'apple-numbers-matches.numbers',
      "Impossible de lire apple-numbers-matches.numbers\u00a0: c'est un fichier Apple Numbers\u00a0; dans Numbers, choisissez Fichier > Exporter vers > Excel pour l'enregistrer au format .xlsx.\n",
    ],
    [
      '~$LoadPivotTables.xlsx',
      "Impossible de lire ~$LoadPivotTables.xlsx\u00a0: c'est le petit fichier «\u00a0~$\u00a0» qu'Excel crée pendant qu'un classeur est ouvert, pas le classeur\u00a0; choisissez le fichier du même nom sans «\u00a0~$\u00a0».\n",
    ],
    [
      'biff8-first-last-gender.xls',
      'Impossible de lire biff8-first-last-gender.xls\u00a0: ancien format .xls (Excel 97-2003)\u00a0; enregistrez-le au format .xlsx.\n',
    ],
    [
      'biff-named-xlsx.xlsx',
      'Impossible de lire biff-named-xlsx.xlsx\u00a0: ancien format .xls (Excel 97-2003)\u00a0; enregistrez-le au format .xlsx.\n',
    ],
  ])('refuses %s with exit 2 and says what it is and what to do', async (file, message) => {
    expect(await run(file)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it.each([
    [
      'employee-template-title-rows.ods',
      'Cannot read employee-template-title-rows.ods: an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice); open it and save it as .xlsx.\n',
    ],
    [
      'apple-numbers-matches.numbers',
      'Cannot read apple-numbers-matches.numbers: an Apple Numbers file; in Numbers, choose File > Export To > Excel to save it as .xlsx.\n',
    ],
    [
      '~$LoadPivotTables.xlsx',
      'Cannot read ~$LoadPivotTables.xlsx: the small "~$" file Excel keeps while a workbook is open, not the workbook; choose the file with the same name without "~$".\n',
    ],
  ])('says it in English with --lang en: %s', async (file, message) => {
    expect((await run(file, '--lang', 'en')).stderr).toBe(message);
  });

  it('never repeats the user name a lock file holds', async () => {
    const { stderr } = await run('~$LoadPivotTables.xlsx');
    expect(stderr).not.toMatch(/Jan|Havl/);
  });

  it('validates the visible sheet of a workbook whose first sheet is hidden', async () => {
    const { stdout } = await run('first-sheet-hidden.xlsx', '--json');
    expect(JSON.parse(stdout).sheet).toBe('VisibleSheet1');
  });
});
