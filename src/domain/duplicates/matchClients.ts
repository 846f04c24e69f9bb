import { editDistance } from '../text/editDistance';
import { foldText } from '../text/foldText';
import type { ColumnKey } from '../template/ColumnKey';
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
  /** The same two of the last name (for the names typed the other way round). */
  lastInitials: string | null;
  lastWordsInitials: string;
  phones: string[];
  uid: string | null;
  birthDate: string | null;
  postalCode: string | null;
  emailLocal: string | null;
};

const nearNameLength = 5;

/**
 * The template keys matchProfile reads, i.e. all the rules and the blocking keys depend on: a change of one of them
 * changes a client's keys and matches (the store files it again; the form asks for candidates again).
 */
export const MATCHED_KEYS = [
  'lastName',
  'firstName',
  'vatNumber',
  'email',
  'phone',
  'mobile',
  'postalCode',
  'birthDate',
] as const satisfies readonly ColumnKey[];

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
  const lastWords = words(values.lastName ?? '');
  const email = values.email ?? '';
  const at = email.lastIndexOf('@');
  const local = at > 0 ? foldText(email.slice(0, at)) : '';
  return {
    last: lastWords.join(''),
    first: firstWords.join(''),
    firstInitials: initialsOnly ? firstWords.join('') : null,
    firstWordsInitials: firstWords.map((word) => word[0]).join(''),
    lastInitials: lastWords.length > 0 && lastWords.every((word) => word.length === 1) ? lastWords.join('') : null,
    lastWordsInitials: lastWords.map((word) => word[0]).join(''),
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
  return {
    ...b,
    last: b.first,
    first: b.last,
    firstInitials: b.lastInitials,
    firstWordsInitials: b.lastWordsInitials,
    lastInitials: b.firstInitials,
    lastWordsInitials: b.firstWordsInitials,
  };
}

/** The same name: the same last name and first name (initials allowed), in either order, whichever of the two is typed the other way. */
export function sameName(a: MatchProfile, b: MatchProfile): boolean {
  if (a.last === '' || b.last === '') return false;
  if (a.last === b.last && sameFirstName(a, b)) return true;
  return (a.last === b.first && sameFirstName(a, swapped(b))) || (b.last === a.first && sameFirstName(b, swapped(a)));
}

/** One name one edit away (on a name of 5+ letters) and the other the same, `b` in either order; not the same name. */
function nearNameOneWay(a: MatchProfile, b: MatchProfile): boolean {
  const near = (x: string, y: string) => x !== y && Math.max(x.length, y.length) >= nearNameLength && editDistance(x, y, 1) === 1;
  const oneWay = (other: MatchProfile) =>
    (other.last === a.last && a.last !== '' && near(a.first, other.first)) ||
    (near(a.last, other.last) && (a.first === other.first || sameFirstName(a, other)) && a.first !== '');
  return oneWay(b) || oneWay(swapped(b));
}

/** A near name whichever of the two is typed the other way (a match never depends on which client is the new one). */
function nearName(a: MatchProfile, b: MatchProfile): boolean {
  return nearNameOneWay(a, b) || nearNameOneWay(b, a);
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
 * The blocking keys a client is filed under (the store's index): every client that can match it has a probe key
 * (probeKeys) among them, so the store finds the candidates of a row with a few index lookups (then matchClients
 * decides). Keys: each phone (`t:`), the UID (`u:`), the birth date with each name's initial (`d:`, for the same and
 * the near name), the last name with the first name's initial and the postal code (`n:`), the first name with the last
 * name's initial and the postal code (`g:`), the e-mail local part with both initials (`e:`). A shared key is no match.
 */
export function blockingKeys(profile: MatchProfile): string[] {
  return matchKeySets(profile).filed;
}

/**
 * The keys to look a client's candidates up with: the filed keys but `g:`, and each name as the other client's last
 * name or first name (`n:` and `g:` with the names the other way round), for the same name typed in the other order.
 * A common first name is no key of its own: "Jean" in 1204 is looked up as a last name (few) or against first names
 * only for a row whose last name is "Jean" — not for every Jean's row, as one key for both orders would be.
 */
export function probeKeys(profile: MatchProfile): string[] {
  return matchKeySets(profile).probes;
}

/** A client's filed keys (blockingKeys) and probe keys (probeKeys), built in one pass (the store needs both of a new client). */
export function matchKeySets(profile: MatchProfile): { filed: string[]; probes: string[] } {
  const filed: string[] = [];
  const probes: string[] = [];
  const both = (key: string) => {
    if (filed.includes(key)) return;
    filed.push(key);
    probes.push(key);
  };
  for (const phone of profile.phones) both(`t:${phone}`);
  if (profile.uid !== null) both(`u:${profile.uid}`);
  // Every rule but the phone's and the UID's needs both names on both sides.
  if (profile.last === '' || profile.first === '') return { filed, probes };
  const lastInitial = profile.last[0] ?? '';
  const firstInitial = profile.first[0] ?? '';
  // The birth date with each name's initial: a same or near name keeps at least one name, or its initial, of the other
  // (the same last name, the same first name or its initials, in either order), so the pair shares one of these keys;
  // a birth date alone would be a key a few dozen clients of a large base hold.
  if (profile.birthDate !== null) {
    both(`d:${profile.birthDate}|${lastInitial}`);
    both(`d:${profile.birthDate}|${firstInitial}`);
  }
  // The same name: the same last name (first names the same or initials: the same initial), or the names the other way
  // round (one's last name the other's first name, the other's first name its last name or that name's initials).
  if (profile.postalCode !== null) {
    const code = profile.postalCode;
    both(`n:${profile.last}|${firstInitial}|${code}`);
    filed.push(`g:${profile.first}|${lastInitial}|${code}`);
    const asFirstName = `g:${profile.last}|${firstInitial}|${code}`;
    const asLastName = `n:${profile.first}|${lastInitial}|${code}`;
    if (!probes.includes(asFirstName)) probes.push(asFirstName);
    if (!probes.includes(asLastName)) probes.push(asLastName);
  }
  // The e-mail local part with the two initials in letter order (the same name in either order has the same two):
  // "info" or "contact" alone is held by every company's client.
  if (profile.emailLocal !== null)
    both(`e:${profile.emailLocal}|${lastInitial < firstInitial ? lastInitial + firstInitial : firstInitial + lastInitial}`);
  return { filed, probes };
}
