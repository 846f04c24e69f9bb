import { editDistance } from '../text/editDistance';
import { foldText } from '../text/foldText';
import type { ClientValues } from '../validation/ClientValues';

/**
 * Why two clients are probably the same person (the strong signals; never the name alone):
 * - samePhone: a phone or mobile number of one is a phone or mobile number of the other (E.164);
 * - sameUid: the same Swiss UID / VAT number;
 * - sameNameBirthDate / sameNamePostalCode: the same name (last and first, in either order, a first name may be its
 *   initials: "J. Dupont") with the same birth date / postal code;
 * - sameEmailName: the same e-mail local part (before the @, any domain) with the same name;
 * - nearNameBirthDate: the same birth date and a name one edit away (one letter added, left out, changed or two
 *   swapped, on a last or first name of 5 letters or more), the other name the same.
 */
export const MATCH_REASONS = [
  'samePhone',
  'sameUid',
  'sameNameBirthDate',
  'sameNamePostalCode',
  'sameEmailName',
  'nearNameBirthDate',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** The rules in the order a candidate's reasons are listed, each with its weight (the chance it alone means one person). */
export const MATCH_RULES: readonly { reason: MatchReason; weight: number }[] = [
  { reason: 'sameNameBirthDate', weight: 0.95 },
  { reason: 'sameUid', weight: 0.9 },
  { reason: 'samePhone', weight: 0.85 },
  { reason: 'sameEmailName', weight: 0.85 },
  { reason: 'nearNameBirthDate', weight: 0.75 },
  { reason: 'sameNamePostalCode', weight: 0.7 },
];

/** A probable duplicate: its score (0–1: 1 − the product of 1 − each reason's weight) and its reasons, in rule order. */
export type DuplicateMatch = { score: number; reasons: MatchReason[] };

/** The values the rules read, folded once (a client is compared with several candidates). */
export type MatchProfile = {
  last: string;
  first: string;
  /** The first name's initials when it is written as initials only ("J.", "J.-P." → "jp"), else null. */
  firstInitials: string | null;
  /** The initials of the first name's words ("Jean-Pierre" → "jp"). */
  firstWordsInitials: string;
  phones: string[];
  uid: string | null;
  birthDate: string | null;
  postalCode: string | null;
  emailLocal: string | null;
};

const nearNameLength = 5;

function words(text: string): string[] {
  return text
    .split(/[\s\-.'’]+/)
    .map((word) => foldText(word))
    .filter((word) => word !== '');
}

/** The profile of a client's values (normalised as the template engine gives them). */
export function matchProfile(values: ClientValues): MatchProfile {
  const firstText = values.firstName ?? '';
  const firstWords = words(firstText);
  const initialsOnly = firstWords.length > 0 && firstWords.every((word) => word.length === 1) && /[.\-\s]|^.$/.test(firstText.trim());
  const email = values.email ?? '';
  const at = email.lastIndexOf('@');
  const local = at > 0 ? foldText(email.slice(0, at)) : '';
  return {
    last: foldText(values.lastName ?? ''),
    first: foldText(firstText),
    firstInitials: initialsOnly ? firstWords.join('') : null,
    firstWordsInitials: firstWords.map((word) => word[0]).join(''),
    phones: [values.phone, values.mobile].filter((phone): phone is string => typeof phone === 'string' && phone !== ''),
    uid: values.vatNumber ? values.vatNumber.toUpperCase().replace(/[^A-Z0-9]/g, '') : null,
    birthDate: values.birthDate || null,
    postalCode: values.postalCode ? foldText(values.postalCode) : null,
    emailLocal: local === '' ? null : local,
  };
}

/** Two first names are the same: equal once folded, or one written as the other's initials ("J." and "Jean"). */
function sameFirstName(a: MatchProfile, b: MatchProfile): boolean {
  if (a.first === '' || b.first === '') return false;
  if (a.first === b.first) return true;
  if (a.firstInitials !== null && a.firstInitials === b.firstWordsInitials) return true;
  return b.firstInitials !== null && b.firstInitials === a.firstWordsInitials;
}

/** `b` with its last and first names swapped ("Dupont Jean" typed the other way round). */
function swapped(b: MatchProfile): MatchProfile {
  const first = words(b.last);
  return {
    ...b,
    last: b.first,
    first: b.last,
    firstInitials: first.length > 0 && first.every((word) => word.length === 1) ? first.join('') : null,
    firstWordsInitials: first.map((word) => word[0]).join(''),
  };
}

/** The same name: the same last name and first name (initials allowed), in either order. */
export function sameName(a: MatchProfile, b: MatchProfile): boolean {
  if (a.last === '' || b.last === '') return false;
  return (a.last === b.last && sameFirstName(a, b)) || (a.last === b.first && sameFirstName(a, swapped(b)));
}

/** One name one edit away (on a name of 5+ letters) and the other the same, in either order; not the same name. */
function nearName(a: MatchProfile, b: MatchProfile): boolean {
  const near = (x: string, y: string) => x !== y && Math.max(x.length, y.length) >= nearNameLength && editDistance(x, y, 1) === 1;
  const oneWay = (other: MatchProfile) =>
    (other.last === a.last && a.last !== '' && near(a.first, other.first)) ||
    (near(a.last, other.last) && (a.first === other.first || sameFirstName(a, other)) && a.first !== '');
  return oneWay(b) || oneWay(swapped(b));
}

/** Whether `a` and `b` are probably one person, and why; null when no strong signal says so. */
export function matchClients(a: MatchProfile, b: MatchProfile): DuplicateMatch | null {
  const found = new Set<MatchReason>();
  if (a.phones.some((phone) => b.phones.includes(phone))) found.add('samePhone');
  if (a.uid !== null && a.uid === b.uid) found.add('sameUid');
  const named = sameName(a, b);
  if (named && a.birthDate !== null && a.birthDate === b.birthDate) found.add('sameNameBirthDate');
  if (named && a.postalCode !== null && a.postalCode === b.postalCode) found.add('sameNamePostalCode');
  if (named && a.emailLocal !== null && a.emailLocal === b.emailLocal) found.add('sameEmailName');
  if (!named && a.birthDate !== null && a.birthDate === b.birthDate && nearName(a, b)) found.add('nearNameBirthDate');
  if (found.size === 0) return null;
  const rules = MATCH_RULES.filter((rule) => found.has(rule.reason));
  const score = 1 - rules.reduce((rest, rule) => rest * (1 - rule.weight), 1);
  return { score: Math.round(score * 1000) / 1000, reasons: rules.map((rule) => rule.reason) };
}

/**
 * The blocking keys of a client: every client that can match it shares at least one of them, so the store finds the
 * candidates of a row with a few index lookups (then matchClients decides). Keys: each phone (`t:`), the UID (`u:`),
 * the birth date (`d:`, for the same and the near name), each of the last and first names with the other's initial and
 * the postal code (`n:`, either order), the e-mail local part (`e:`).
 */
export function blockingKeys(profile: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const phone of profile.phones) keys.add(`t:${phone}`);
  if (profile.uid !== null) keys.add(`u:${profile.uid}`);
  if (profile.birthDate !== null && (profile.last !== '' || profile.first !== '')) keys.add(`d:${profile.birthDate}`);
  // Each name with the other's initial: "Dupont Jean", "Jean Dupont" and "J. Dupont" share one, yet a common first
  // name in a town ("Jean" in 1204) is no key of its own that thousands of clients hold.
  if (profile.postalCode !== null && profile.last !== '' && profile.first !== '') {
    keys.add(`n:${profile.last}|${profile.first[0]}|${profile.postalCode}`);
    keys.add(`n:${profile.first}|${profile.last[0]}|${profile.postalCode}`);
  }
  if (profile.emailLocal !== null && profile.last !== '') keys.add(`e:${profile.emailLocal}`);
  return [...keys];
}
