import { cellToText } from '../cells/cellToText';
import { clientTemplate } from '../template/clientTemplate';
import type { ColumnKey } from '../template/ColumnKey';
import { columnLetter } from '../addresses/sheetAddress';
import { foldText } from '../text/foldText';
import type {
  AddInColumn,
  AlternativeColumn,
  ColumnPart,
  DuplicateColumn,
  HeaderColumns,
  MappedColumn,
  UnknownColumn,
} from './HeaderColumns';
import { MULTI_VALUED_KEYS, ORGANIZATION_EVIDENCE_WORDS, UNQUALIFIED_RANK, type HeaderField } from './headerVocabulary';
import { isAddInHeader } from './addInHeaders';
import { readHeader, type HeaderConfidence, type HeaderReading } from './readHeader';
import { mappingDecisions, type ColumnMapping } from './ColumnMapping';

type Candidate = { index: number; header: string; reading: HeaderReading; hasValues: boolean; forced: boolean };

const CONFIDENCE_ORDER: Record<HeaderConfidence, number> = { user: -1, exact: 0, strong: 1, weak: 2 };
const BIRTH_PARTS = ['birthDay', 'birthMonth', 'birthYear'] as const;

/**
 * Maps a header row to template keys. Each header is read on its own (`readHeader`), then the row decides what the
 * ambiguous ones mean (`resolveInRow`). Where several columns could feed one key, the primary one is read — with values
 * in `sample` (the rows below) before an empty one, no number or number 1 before 2, primary and business before home
 * and other, exact before strong before weak, then the first — and the others are listed as alternatives; the exact same
 * header text twice is also listed as duplicate. A full-name column feeds Nom and Prénom when no name column exists; a
 * birth date in three columns feeds the birth date. Blank header cells are ignored. `firstColumn` is the 0-based sheet
 * column of `row[0]`. The add-in's own columns ("Statut import", "Anomalies") are listed apart (`addIn`), never read
 * nor unknown. A confirmed `mapping` decides for the headers it names (confidence `user`): what it maps is read
 * before any column the engine found for the same key (which becomes an alternative), what it ignores is not read.
 */
export function matchHeaders(
  row: readonly unknown[],
  firstColumn = 0,
  sample: readonly (readonly unknown[])[] = [],
  mapping?: ColumnMapping,
): HeaderColumns {
  const candidates: Candidate[] = [];
  const unknown: UnknownColumn[] = [];
  const addIn: AddInColumn[] = [];
  const letter = (index: number) => columnLetter(firstColumn + index);
  const headers = row.map((cell) => cellToText(cell));
  const decisions = mappingDecisions(headers, mapping);
  for (let index = 0; index < row.length; index++) {
    const header = headers[index] ?? '';
    if (header.length === 0) continue;
    if (isAddInHeader(header)) {
      addIn.push({ header, column: letter(index), index });
      continue;
    }
    const decision = decisions[index];
    if (decision === 'ignore') {
      unknown.push({ header, column: letter(index), index, ignored: true });
      continue;
    }
    const reading = decision === undefined ? readHeader(header) : userReading(decision);
    const hasValues = sample.some((values) => Array.isArray(values) && cellToText(values[index]) !== '');
    if (reading === undefined) unknown.push({ header, column: letter(index), index });
    else candidates.push({ index, header, reading, hasValues, forced: decision !== undefined });
  }
  const resolved = resolveInRow(
    candidates,
    row.map((cell) => foldText(cellToText(cell))),
  );
  const read = new Set(resolved.map((candidate) => candidate.index));
  for (const dropped of candidates.filter((candidate) => !read.has(candidate.index))) {
    unknown.push({ header: dropped.header, column: letter(dropped.index), index: dropped.index });
  }
  const mapped: MappedColumn[] = [];
  const alternatives: AlternativeColumn[] = [];
  const duplicate: DuplicateColumn[] = [];
  const byKey = new Map<ColumnKey, Candidate[]>();
  const fullName = resolved.find((candidate) => candidate.reading.field === 'fullName');
  for (const candidate of resolved) {
    const { field } = candidate.reading;
    if (field === 'fullName') {
      if (candidate !== fullName) continue;
      for (const key of ['lastName', 'firstName'] as const) mapped.push(toMapped(candidate, key, letter, 'fullName'));
    } else if (fullName !== undefined && (field === 'lastName' || field === 'firstName')) {
      // A full name the user chose to split: the name columns are its alternatives.
      alternatives.push(toAlternative(candidate, field, letter, fullName));
    } else if (isBirthPart(field)) {
      mapped.push(toMapped(candidate, 'birthDate', letter, field));
    } else {
      byKey.set(field, [...(byKey.get(field) ?? []), candidate]);
    }
  }
  // Address parts follow the address read, so street, postal code, city and country come from one block.
  const addressBlock = (candidate: Candidate): string => blockOf(candidate, byKey.get('address') ?? []);
  const keyOrder = [...byKey.keys()].sort((a, b) => Number(ADDRESS_PARTS.has(a)) - Number(ADDRESS_PARTS.has(b)));
  let chosenBlock: string | null = null;
  for (const key of keyOrder) {
    const list = byKey.get(key) ?? [];
    const firstByText = new Map<string, Candidate>();
    const repeats = new Set<Candidate>();
    for (const candidate of list) {
      const first = firstByText.get(candidate.header);
      if (first === undefined) firstByText.set(candidate.header, candidate);
      else {
        repeats.add(candidate);
        duplicate.push({
          header: candidate.header,
          key,
          column: letter(candidate.index),
          index: candidate.index,
          firstColumn: letter(first.index),
          firstHeader: first.header,
        });
      }
    }
    const block = ADDRESS_PARTS.has(key) ? chosenBlock : null;
    const sameBlock = (candidate: Candidate) => (block === null ? 0 : Number(addressBlock(candidate) !== block));
    const eligible = list
      .filter((candidate) => candidate.forced || MULTI_VALUED_KEYS.has(key) || !repeats.has(candidate))
      .sort(
        (a, b) =>
          Number(b.forced) - Number(a.forced) ||
          Number(b.hasValues) - Number(a.hasValues) ||
          sameBlock(a) - sameBlock(b) ||
          comparePrimary(a, b),
      );
    const [chosen, ...others] = eligible;
    if (chosen === undefined) continue;
    if (key === 'address') chosenBlock = addressBlock(chosen);
    mapped.push(toMapped(chosen, key, letter));
    for (const other of others) alternatives.push(toAlternative(other, key, letter, chosen));
  }
  mapped.sort((a, b) => a.index - b.index);
  alternatives.sort((a, b) => a.index - b.index);
  duplicate.sort((a, b) => a.index - b.index);
  unknown.sort((a, b) => a.index - b.index);
  const mappedKeys = new Set(mapped.map((column) => column.key));
  const missingRequired = clientTemplate.filter((column) => column.required && !mappedKeys.has(column.key)).map((column) => column.key);
  return { mapped, missingRequired, unknown, addIn, alternatives, duplicate };
}

const ADDRESS_PARTS: ReadonlySet<ColumnKey> = new Set(['postalCode', 'city', 'country']);

/**
 * Which address block a column belongs to: an address column's or a qualified part's own qualifier and number (`Work City`,
 * `Address 2 - City`), else the
 * block of the nearest address column before it (French Thunderbird repeats a bare `Ville` after each address).
 */
function blockOf(candidate: Candidate, addresses: readonly Candidate[]): string {
  const { rank, ordinal } = candidate.reading;
  const own = `${rank}/${ordinal}`;
  if (candidate.reading.field === 'address' || rank !== UNQUALIFIED_RANK || ordinal !== 1) return own;
  const before = addresses.filter((address) => address.index < candidate.index).at(-1);
  return before === undefined ? own : blockOf(before, []);
}

function isBirthPart(field: HeaderField): field is 'birthDay' | 'birthMonth' | 'birthYear' {
  return (BIRTH_PARTS as readonly string[]).includes(field);
}

function toMapped(candidate: Candidate, key: ColumnKey, letter: (index: number) => string, part?: ColumnPart): MappedColumn {
  const column: MappedColumn = {
    header: candidate.header,
    key,
    column: letter(candidate.index),
    index: candidate.index,
    confidence: candidate.reading.confidence,
  };
  if (part !== undefined) column.part = part;
  return column;
}

function toAlternative(other: Candidate, key: ColumnKey, letter: (index: number) => string, chosen: Candidate): AlternativeColumn {
  return {
    header: other.header,
    key,
    column: letter(other.index),
    index: other.index,
    chosen: letter(chosen.index),
    chosenHeader: chosen.header,
  };
}

/** What a confirmed mapping makes of a header: surely its target, first of its kind. */
function userReading(target: HeaderField): HeaderReading {
  return { field: target, confidence: 'user', rank: 0, ordinal: 1, group: null, ambiguity: null, weakPart: false };
}

function comparePrimary(a: Candidate, b: Candidate): number {
  return (
    Number(b.hasValues) - Number(a.hasValues) ||
    Number(a.reading.ordinal > 1) - Number(b.reading.ordinal > 1) ||
    a.reading.rank - b.reading.rank ||
    a.reading.ordinal - b.reading.ordinal ||
    CONFIDENCE_ORDER[a.reading.confidence] - CONFIDENCE_ORDER[b.reading.confidence] ||
    a.index - b.index
  );
}

/**
 * What the ambiguous headers of a row mean, given the others (headerVocabulary's `Ambiguity`), and which full-name and
 * birth-part columns are read. Returns the candidates kept, with their final reading; the others name nothing here.
 */
function resolveInRow(candidates: readonly Candidate[], folded: readonly string[]): Candidate[] {
  const plain = candidates.filter((candidate) => candidate.reading.ambiguity === null);
  const has = (field: HeaderField, group?: HeaderReading['group']) =>
    plain.some((candidate) => candidate.reading.field === field && (group === undefined || candidate.reading.group === group));
  // vCard-style names (`n_given`, `n_family`): `title` is vCard's TITLE, a job or academic title.
  const vcardNames = folded.includes('ngiven') || folded.includes('nfamily');
  const companyList = candidates.some((candidate) =>
    [...ORGANIZATION_EVIDENCE_WORDS].some((word) => foldText(candidate.header).includes(word)),
  );
  const kept: Candidate[] = [];
  const keep = (candidate: Candidate, field: HeaderField, confidence: HeaderConfidence) =>
    kept.push({ ...candidate, reading: { ...candidate.reading, field, confidence, ambiguity: null } });
  for (const candidate of candidates) {
    const { reading } = candidate;
    switch (reading.ambiguity) {
      case null:
        kept.push(candidate);
        break;
      case 'name': {
        const isNom = foldText(candidate.header) === 'nom';
        if (has('lastName', reading.group)) break; // a full name next to a surname column: not read
        if (has('firstName', reading.group)) keep(candidate, 'lastName', isNom ? 'exact' : 'strong');
        else if (isNom) keep(candidate, 'lastName', 'exact');
        else if (
          companyList ||
          plain.some((other) => other.reading.group !== reading.group && ['lastName', 'firstName'].includes(other.reading.field))
        ) {
          keep(candidate, 'company', 'weak');
        } else if (!has('lastName') && !has('firstName')) keep(candidate, 'fullName', 'weak');
        break;
      }
      case 'title':
        if (!has('title') && !vcardNames) keep(candidate, 'title', reading.confidence);
        break;
      case 'location':
        if (!has('city')) keep(candidate, 'city', reading.confidence);
        break;
      case 'region':
        if (folded.includes('paysetat') && !has('country')) keep(candidate, 'country', 'weak');
        break;
    }
  }
  const names = kept.some((candidate) => candidate.reading.field === 'lastName' || candidate.reading.field === 'firstName');
  const fullNames = kept.filter((candidate) => candidate.reading.field === 'fullName');
  const parts = kept.filter((candidate) => isBirthPart(candidate.reading.field));
  const birthDate = kept.some((candidate) => candidate.reading.field === 'birthDate');
  const completeBirthDate =
    BIRTH_PARTS.every((part) => parts.some((candidate) => candidate.reading.field === part)) &&
    parts.some((candidate) => !candidate.reading.weakPart);
  const firstOfPart = new Set(BIRTH_PARTS.map((part) => parts.find((candidate) => candidate.reading.field === part)));
  const forcedFullName = fullNames.find((candidate) => candidate.forced);
  return kept.filter((candidate) => {
    if (candidate.reading.field === 'fullName')
      return forcedFullName === undefined ? !names && candidate === fullNames[0] : candidate === forcedFullName;
    // A birth date in parts: read when complete; a lone birth year is shown as such (no date is made of it).
    if (isBirthPart(candidate.reading.field))
      return (
        (candidate.forced && firstOfPart.has(candidate)) ||
        (!birthDate && firstOfPart.has(candidate) && (completeBirthDate || !candidate.reading.weakPart))
      );
    return true;
  });
}
