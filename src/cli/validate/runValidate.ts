import { validateSheet } from '@/domain';
import { cliMessages } from './cliMessages';
import { parseValidateArgs } from './parseValidateArgs';
import { ReadFailure } from '@/spreadsheet/ReadFailure';
import { readSpreadsheet } from '@/spreadsheet/readSpreadsheet';
import { toJsonReport } from './toJsonReport';
import { formatTextReport } from './formatTextReport';

/** What the command needs from the outside world, so tests can run it without a process. */
export type ValidateIo = {
  /** The file's bytes; throws `ReadFailure` (`notFound`, `notAFile`) when there is none. */
  readFile: (path: string) => Promise<Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today, for birth dates in the future. */
  today?: Date | string;
};

/** Exit codes of issue 3 item 5. */
export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;

/**
 * `validate FILE [--json] [--lang en] [--sheet NAME] [--home CC]`: reads the file, validates its sheet
 * with the template engine, prints the report (or the JSON object) and returns the exit code: 0 without
 * errors, 1 with errors, 2 when the file cannot be read or the arguments are wrong (one-line reason on stderr).
 */
export async function runValidate(argv: readonly string[], io: ValidateIo): Promise<number> {
  const args = parseValidateArgs(argv);
  if ('error' in args) {
    const t = cliMessages(argv.includes('en') ? 'en' : 'fr');
    const line = args.error === 'usage' ? t.usage : t[args.error](args.detail ?? '');
    io.stderr(`${line}\n`);
    return EXIT.unreadable;
  }
  const t = cliMessages(args.lang);
  let sheet;
  try {
    const bytes = await io.readFile(args.file);
    sheet = readSpreadsheet(bytes, args.file, args.sheet);
  } catch (error) {
    const reason =
      error instanceof ReadFailure
        ? t.readFailure[error.code] + (error.code === 'sheetNotFound' && error.detail ? ` ${error.detail}` : '')
        : t.readFailure.notSpreadsheet;
    io.stderr(`${t.cannotRead(args.file, reason)}\n`);
    return EXIT.unreadable;
  }
  const result = validateSheet(sheet.rows, { homeCountry: args.home, ...(io.today === undefined ? {} : { today: io.today }) });
  if (args.json) io.stdout(`${JSON.stringify(toJsonReport(args.file, sheet.sheet, result, args.lang), null, 2)}\n`);
  else io.stdout(formatTextReport(args.file, sheet.sheet, result, args.lang));
  return result.issues.some((issue) => issue.severity === 'error') ? EXIT.errors : EXIT.ok;
}
