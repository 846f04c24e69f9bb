import type { ColumnMappingEntry } from '@/contract/ColumnMapping';
import { countryIndex, DEFAULT_LANGUAGE, isLanguage, type Language } from '@/domain';
import { parseMapEntry, type MappingProblem } from './cliMapping';

export type ValidateArgs = {
  file: string;
  json: boolean;
  lang: Language;
  sheet: string | undefined;
  home: string;
  /** `--mapping FILE.json`: read by runValidate. */
  mappingFile: string | undefined;
  /** `--map "HEADER=TARGET"`, in the order given. */
  maps: ColumnMappingEntry[];
};
export type ArgsError =
  { error: 'usage' | 'badLang' | 'badHome' | 'unknownOption'; detail?: string } | { error: 'mapping'; problem: MappingProblem };

/** `FILE [--json] [--lang en] [--sheet NAME] [--home CC] [--mapping FILE.json] [--map HEADER=TARGET]…` (also `--opt=value`). */
export function parseValidateArgs(argv: readonly string[]): ValidateArgs | ArgsError {
  let file: string | undefined;
  let json = false;
  let lang: Language = DEFAULT_LANGUAGE;
  let sheet: string | undefined;
  let home = 'CH';
  let mappingFile: string | undefined;
  const maps: ColumnMappingEntry[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--json':
        json = true;
        break;
      case '--lang': {
        const given = value();
        if (!isLanguage(given)) return { error: 'badLang', detail: given ?? '' };
        lang = given;
        break;
      }
      case '--sheet':
        sheet = value();
        if (sheet === undefined) return { error: 'usage' };
        break;
      case '--home': {
        const given = value()?.toUpperCase();
        if (given === undefined || !countryIndex.codes.has(given)) return { error: 'badHome', detail: given ?? '' };
        home = given;
        break;
      }
      case '--mapping':
        mappingFile = value();
        if (mappingFile === undefined) return { error: 'usage' };
        break;
      case '--map': {
        const given = value();
        if (given === undefined) return { error: 'usage' };
        const entry = parseMapEntry(given);
        if (!entry.ok) return { error: 'mapping', problem: entry.problem };
        maps.push(entry.value);
        break;
      }
      default:
        if (arg.startsWith('--')) return { error: 'unknownOption', detail: arg };
        if (file !== undefined) return { error: 'usage' };
        file = arg;
    }
  }
  if (file === undefined) return { error: 'usage' };
  return { file, json, lang, sheet, home, mappingFile, maps };
}
