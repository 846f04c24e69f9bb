import { z } from 'zod';
import { ColumnMappingEntry, MappingInput } from '@/contract/ColumnMapping';
import { clientTemplate, foldText, MAPPING_TARGETS, mappingLabel, type ColumnMapping, type Language, type MappingTarget } from '@/domain';
import { cliMessages } from './cliMessages';
import { jsonErrorOffset } from './jsonErrorOffset';

/** The `--mapping FILE.json` shape: MappingInput with `signature` and `headers` optional, or a bare array of entries. */
export const MappingFile = z.union([ColumnMappingEntry.array().max(1000), MappingInput.partial({ signature: true, headers: true })]);

/** Why `--mapping` or `--map` was refused, with what the message names. */
export type MappingProblem =
  | { code: 'mapSyntax'; entry: string }
  | { code: 'mapTarget'; entry: string; target: string }
  | { code: 'fileJson'; file: string; line: number | null; column: number | null }
  | { code: 'fileTarget'; file: string; path: string; target: string }
  | { code: 'fileEntry'; file: string; path: string; rule: 'required' | 'tooLong' | 'tooMany' | 'shape'; max?: number };

export type MappingResult<T> = { ok: true; value: T } | { ok: false; problem: MappingProblem };

/**
 * What a `--map` target may be, folded (case, accents, spaces and punctuation ignored): a mapping target (`email`,
 * `fullName`, `birthYear`, `ignore`), or a template header or English label (`E-mail`, `Nom`, `Prénom`, `Postal code`).
 */
const TARGET_NAMES: ReadonlyMap<string, MappingTarget> = new Map<string, MappingTarget>([
  ...clientTemplate.flatMap((column) => [[foldText(column.header), column.key] as const, [foldText(column.label), column.key] as const]),
  ...MAPPING_TARGETS.map((target) => [foldText(target), target] as const),
]);

export function resolveMappingTarget(text: string): MappingTarget | undefined {
  return TARGET_NAMES.get(foldText(text));
}

/** `--map "HEADER=TARGET"`: the header is everything before the last `=` (it may hold `=` itself), trimmed. */
export function parseMapEntry(entry: string): MappingResult<ColumnMappingEntry> {
  const at = entry.lastIndexOf('=');
  const header = at < 0 ? '' : entry.slice(0, at).trim();
  const targetText = at < 0 ? '' : entry.slice(at + 1).trim();
  if (header === '' || targetText === '' || header.length > 200) return { ok: false, problem: { code: 'mapSyntax', entry } };
  const target = resolveMappingTarget(targetText);
  if (target === undefined) return { ok: false, problem: { code: 'mapTarget', entry, target: targetText } };
  return { ok: true, value: { header, target } };
}

/** The entries of a `--mapping` file's text (`file` names it in the problems): JSON of the MappingFile shape. */
export function parseMappingFile(text: string, file: string): MappingResult<ColumnMappingEntry[]> {
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, problem: { code: 'fileJson', file, ...jsonErrorPosition(source) } };
  }
  const parsed = MappingFile.safeParse(json);
  if (parsed.success) return { ok: true, value: Array.isArray(parsed.data) ? parsed.data : parsed.data.columns };
  return { ok: false, problem: fileProblem(file, json, parsed.error.issues) };
}

/**
 * The mapping of the file's entries and the `--map` entries: a `--map` wins for its header (every file entry for that
 * header, compared as the domain compares headers, is dropped), then the `--map` entries follow in their order, so that
 * several `--map` of one header apply to its occurrences in turn (the domain gives a header's n-th occurrence its n-th
 * entry).
 */
export function combineMappings(fileEntries: readonly ColumnMappingEntry[], mapEntries: readonly ColumnMappingEntry[]): ColumnMapping {
  const named = new Set(mapEntries.map((entry) => mappingLabel(entry.header)));
  return [...fileEntries.filter((entry) => !named.has(mappingLabel(entry.header))), ...mapEntries];
}

/** The line and column (1-based) where the text stops being JSON; null where the locator finds none. */
function jsonErrorPosition(text: string): { line: number | null; column: number | null } {
  const offset = jsonErrorOffset(text);
  if (offset === null) return { line: null, column: null };
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

type Issue = z.core.$ZodIssue;

/** The first issue of the shape the file was meant to have (an array: the entries; an object: MappingInput). */
function fileProblem(file: string, json: unknown, unionIssues: readonly Issue[]): MappingProblem {
  const shape = Array.isArray(json) ? MappingFile.options[0] : MappingFile.options[1];
  const issue = shape.safeParse(json).error?.issues[0] ?? unionIssues[0];
  const path = issue === undefined ? '' : issuePath(issue.path);
  if (issue?.code === 'invalid_value' && issue.path.at(-1) === 'target') {
    return { code: 'fileTarget', file, path, target: String(valueAt(json, issue.path)) };
  }
  if (issue?.code === 'too_small' && issue.origin === 'string') return { code: 'fileEntry', file, path, rule: 'required' };
  if (issue?.code === 'too_big') {
    return { code: 'fileEntry', file, path, rule: issue.origin === 'array' ? 'tooMany' : 'tooLong', max: Number(issue.maximum) };
  }
  return { code: 'fileEntry', file, path, rule: 'shape' };
}

/** `columns[2].target`, as a JSON path reads. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

/** The one-line message of a mapping problem, naming the entry (or the file and the place) and the rule. */
export function describeMappingProblem(problem: MappingProblem, lang: Language): string {
  const t = cliMessages(lang).mapping;
  switch (problem.code) {
    case 'mapSyntax':
      return t.mapSyntax(problem.entry);
    case 'mapTarget':
      return t.mapTarget(problem.entry, problem.target);
    case 'fileJson':
      return t.fileJson(problem.file, problem.line, problem.column);
    case 'fileTarget':
      return t.fileTarget(problem.file, problem.path, problem.target);
    case 'fileEntry':
      return t.fileEntry[problem.rule](problem.file, problem.path, problem.max ?? 0);
  }
}
