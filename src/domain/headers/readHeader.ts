import { editDistance } from '../text/editDistance';
import { foldText } from '../text/foldText';
import { clientTemplate } from '../template/clientTemplate';
import { typoTolerance } from '../text/typoTolerance';
import { headerIndex, headerLabels } from './headerIndex';
import {
  AMBIGUOUS_LABELS,
  BIRTH_PART_LABELS,
  FILLER_WORDS,
  FULL_NAME_LABELS,
  GROUP_WORDS,
  ORDINAL_WORDS,
  ORGANIZATION_NAME_WORDS,
  OTHER_DATUM_WORDS,
  OTHER_PARTY_WORDS,
  QUALIFIER_RANK,
  UNQUALIFIED_RANK,
  type Ambiguity,
  type HeaderField,
} from './headerVocabulary';
import { headerLabel, headerWords, LOST_LETTER, sameWord } from './headerWords';

/** Longer cells are titles or data, never a column header. */
export const MAX_HEADER_LENGTH = 80;

/**
 * How sure the match is: the label itself, the label among qualifiers and numbers, a typo or a guess from the other
 * headers — or `user`: a confirmed mapping (the pane's mapping step, a remembered mapping, the CLI's `--map`) says so.
 */
export type HeaderConfidence = 'exact' | 'strong' | 'weak' | 'user';

/** What one header says, before the other headers of its row are seen. */
export type HeaderReading = {
  field: HeaderField;
  confidence: HeaderConfidence;
  /** Orders candidates for one field: 0 primary, 1 unqualified or business, 2 home, 3 other. */
  rank: number;
  /** The header's number (`Phone 2`, `E-mail 3 Address`), 1 when it has none. */
  ordinal: number;
  /** `contactPerson` for Lx-Office's `cp_*` columns: the contact person of a customer. */
  group: 'contactPerson' | null;
  /** Set when the row decides what the header means (headerVocabulary's `Ambiguity`). */
  ambiguity: Ambiguity | null;
  /** A birth-date part that counts only next to a birth year (`Jour`, `Mois`). */
  weakPart: boolean;
};

const fullNameIndex = new Set(FULL_NAME_LABELS.map(foldText));
const ambiguousIndex = new Map(AMBIGUOUS_LABELS.map(([label, field, ambiguity]) => [foldText(label), { field, ambiguity }]));
const birthParts = new Map(BIRTH_PART_LABELS.map(([label, field, strong]) => [headerWords(label).join(' '), { field, strong }]));

/** Every word the engine knows, to recognise a word that lost a letter (`Stra?e` → `strasse`). */
const knownWords: readonly string[] = [
  ...new Set([
    ...clientTemplate.flatMap((column) => [column.header, column.label, ...column.synonyms].flatMap(headerWords)),
    ...QUALIFIER_RANK.keys(),
    ...GROUP_WORDS.keys(),
    ...OTHER_DATUM_WORDS,
    ...OTHER_PARTY_WORDS,
  ]),
];

/**
 * What a header names, on its own: exact labels and synonyms (case, accents, spaces and punctuation ignored); then
 * the label among qualifiers (`Business Phone`, `Ville (bureau)`, `Ort privat`), numbers (`E-mail 2 Address`),
 * group words (`Address 1 - City`, `adr_one_locality`, `cp_email`) and run-together or camelCase words
 * (`MobileNumber`, `contact_first_name`); then a small typo when only one key is that close and no word of the header
 * names another datum (`County`, `Anniversary`). Columns about another person (`Mum-email`, `Subscriber DOB`), other
 * data (`E-mail 1 - Type`, `Job Title`, `Home Fax`) and second address lines (`Home Address 2`) name nothing.
 */
export function readHeader(header: string): HeaderReading | undefined {
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  // An e-mail address or a date is a value, never a header.
  if (header.includes('@') || /^\d[\d\s./:-]*$/.test(header)) return undefined;
  const folded = foldText(headerLabel(header));
  const words = headerWords(header).map(recogniseWord);
  if (folded.length === 0 || words.length === 0 || isReference(header)) return undefined;
  const birthPart = birthParts.get(words.join(' '));
  if (birthPart !== undefined) return reading(birthPart.field, 'exact', { weakPart: !birthPart.strong });
  const whole = exactField(folded);
  if (whole !== undefined) return reading(whole.field, 'exact', { ambiguity: whole.ambiguity });
  if (words.some((word) => OTHER_PARTY_WORDS.has(word))) return undefined;
  return qualifiedReading(words) ?? typoReading(folded, words);
}

/** `organization_id`, `user_id`: a technical reference to another record, not the client's own code (`customer_id` is). */
function isReference(header: string): boolean {
  const match = /^([a-z]+)_id$/.exec(header.trim());
  return match !== null && !['client', 'customer', 'contact', 'kunden', 'person'].includes(match[1] ?? '');
}

function recogniseWord(word: string): string {
  if (!word.includes(LOST_LETTER)) return word;
  return knownWords.find((known) => sameWord(word, known)) ?? word;
}

function exactField(folded: string): { field: HeaderField; ambiguity: Ambiguity | null } | undefined {
  const ambiguous = ambiguousIndex.get(folded);
  if (ambiguous !== undefined) return ambiguous;
  const key = headerIndex.get(folded);
  if (key !== undefined) return { field: key, ambiguity: null };
  return fullNameIndex.has(folded) ? { field: 'fullName', ambiguity: null } : undefined;
}

function reading(field: HeaderField, confidence: HeaderConfidence, extra: Partial<HeaderReading> = {}): HeaderReading {
  return { field, confidence, rank: UNQUALIFIED_RANK, ordinal: 1, group: null, ambiguity: null, weakPart: false, ...extra };
}

/** The label among qualifiers, numbers and group words. */
function qualifiedReading(words: readonly string[]): HeaderReading | undefined {
  let rank: number | null = null;
  let ordinal = 1;
  let group: 'address' | 'organization' | 'contactPerson' | null = null;
  const core: string[] = [];
  for (const [position, word] of words.entries()) {
    const number = /^\d{1,2}$/.test(word) ? Number(word) : ORDINAL_WORDS.get(word);
    if (number !== undefined) {
      ordinal = Math.max(ordinal, number);
      continue;
    }
    const qualifier = QUALIFIER_RANK.get(word);
    if (qualifier !== undefined && words.length > 1) {
      rank = Math.min(rank ?? qualifier, qualifier);
      continue;
    }
    const groupWord = GROUP_WORDS.get(word);
    if (groupWord !== undefined && group === null && core.length === 0 && position < words.length - 1) group = groupWord;
    core.push(word);
  }
  if (core.length === 0) return undefined;
  const lastWord = words[words.length - 1] ?? '';
  const found = coreField(core, group);
  if (found === undefined) return undefined;
  // `Home Address 2`, `Rue (bureau) 2`, `address2`: the second line of an address, not a second address.
  if (found.field === 'address' && /^\d+$/.test(lastWord) && Number(lastWord) >= 2) return undefined;
  const changed = rank !== null || ordinal !== 1 || found.stripped;
  if (!changed && found.ambiguity === null) return reading(found.field, 'strong');
  return reading(found.field, 'strong', {
    rank: rank ?? UNQUALIFIED_RANK,
    ordinal,
    group: group === 'contactPerson' ? 'contactPerson' : null,
    // A qualified `Région` (Outlook's `Region geschäftlich`) is a region, never a country.
    ambiguity: rank === null || found.ambiguity === 'region' ? found.ambiguity : null,
  });
}

/** The field the remaining words name: with the group word, then without it, then without filler words. */
function coreField(
  core: readonly string[],
  group: 'address' | 'organization' | 'contactPerson' | null,
): { field: HeaderField; ambiguity: Ambiguity | null; stripped: boolean } | undefined {
  const attempts: { words: readonly string[]; stripped: boolean }[] = [{ words: core, stripped: false }];
  const rest = group === null ? core : core.slice(1);
  if (group !== null) attempts.unshift({ words: rest, stripped: true });
  attempts.push({ words: rest.filter((word) => !FILLER_WORDS.has(word)), stripped: true });
  for (const attempt of attempts) {
    if (attempt.words.length === 0) continue;
    if (group === 'organization' && attempt.stripped) {
      if (attempt.words.length === 1 && ORGANIZATION_NAME_WORDS.has(attempt.words[0] ?? ''))
        return { field: 'company', ambiguity: null, stripped: true };
      continue;
    }
    const found = exactField(attempt.words.join(''));
    if (found === undefined) continue;
    if (group === 'address' && attempt.stripped && !isAddressPart(found.field)) continue;
    return { ...found, stripped: attempt.stripped };
  }
  return undefined;
}

function isAddressPart(field: HeaderField): boolean {
  return field === 'address' || field === 'postalCode' || field === 'city' || field === 'country';
}

/** A small typo on a longer label, when exactly one key is that close and no word names another datum. */
function typoReading(folded: string, words: readonly string[]): HeaderReading | undefined {
  const known = (word: string) => OTHER_DATUM_WORDS.has(word) || QUALIFIER_RANK.has(word) || GROUP_WORDS.has(word) || /^\d+$/.test(word);
  if (words.some(known)) return undefined;
  const tolerance = typoTolerance(folded.length);
  if (tolerance === 0) return undefined;
  let bestDistance = tolerance + 1;
  let bestKeys = new Set<HeaderField>();
  for (const label of headerLabels) {
    if (typoTolerance(label.folded.length) === 0 || Math.abs(label.folded.length - folded.length) > tolerance) continue;
    const distance = editDistance(folded, label.folded, tolerance);
    if (distance < bestDistance) {
      bestDistance = distance;
      bestKeys = new Set([label.key]);
    } else if (distance === bestDistance && distance <= tolerance) {
      bestKeys.add(label.key);
    }
  }
  const [key] = bestKeys;
  return bestKeys.size === 1 && key !== undefined ? reading(key, 'weak') : undefined;
}
