import { validateSheet, type ColumnMapping } from '@/domain';
import { combineMappings, describeMappingProblem, parseMappingFile } from './cliMapping';
import { cliMessages } from './cliMessages';
import { parseValidateArgs, type ValidateArgs } from './parseValidateArgs';
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
 * `validate FILE [--json] [--lang en] [--sheet NAME] [--home CC] [--mapping FILE.json] [--map HEADER=TARGET]…`: reads
 * the file, validates its sheet with the template engine and the confirmed mapping (the file's entries, then `--map`'s,
 * which win for their header), prints the report (or the JSON object) and returns the exit code: 0 without
 * errors, 1 with errors, 2 when the file cannot be read or the arguments are wrong (one-line reason on stderr).
 */
export async function runValidate(argv: readonly string[], io: ValidateIo): Promise<number> {
  const args = parseValidateArgs(argv);
  if ('error' in args) {
    const lang = argv.includes('en') ? 'en' : 'fr';
    const t = cliMessages(lang);
    const line =
      args.error === 'mapping'
        ? describeMappingProblem(args.problem, lang)
        : args.error === 'usage'
          ? t.usage
          : t[args.error](args.detail ?? '');
    io.stderr(`${line}\n`);
    return EXIT.unreadable;
  }
  const t = cliMessages(args.lang);
  const mapping = await readMapping(args, io);
  if (!mapping.ok) {
    io.stderr(`${mapping.problem}\n`);
    return EXIT.unreadable;
  }
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
  const result = validateSheet(sheet.rows, {
    homeCountry: args.home,
    ...(io.today === undefined ? {} : { today: io.today }),
    ...(mapping.value.length === 0 ? {} : { mapping: mapping.value }),
  });
  if (args.json) io.stdout(`${JSON.stringify(toJsonReport(args.file, sheet.sheet, result, args.lang), null, 2)}\n`);
  else io.stdout(formatTextReport(args.file, sheet.sheet, result, args.lang));
  return result.issues.some((issue) => issue.severity === 'error') ? EXIT.errors : EXIT.ok;
}

/** The mapping of `--mapping FILE.json` and the `--map` entries (combineMappings); a one-line problem when the file cannot be used. */
async function readMapping(
  args: ValidateArgs,
  io: ValidateIo,
): Promise<{ ok: true; value: ColumnMapping } | { ok: false; problem: string }> {
  if (args.mappingFile === undefined) return { ok: true, value: args.maps };
  const t = cliMessages(args.lang);
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await io.readFile(args.mappingFile));
  } catch (error) {
    const reason = error instanceof ReadFailure && error.code === 'notAFile' ? t.readFailure.notAFile : t.readFailure.notFound;
    return { ok: false, problem: t.cannotRead(args.mappingFile, reason) };
  }
  const entries = parseMappingFile(text, args.mappingFile);
  if (!entries.ok) return { ok: false, problem: describeMappingProblem(entries.problem, args.lang) };
  return { ok: true, value: combineMappings(entries.value, args.maps) };
}
