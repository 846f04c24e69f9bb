import type { ImportRow } from '@/contract/ImportRequest';

const PREFIXES = [
  'Dup',
  'Mar',
  'Fav',
  'Ro',
  'Bon',
  'Ger',
  'Kel',
  'Schm',
  'Mül',
  'Bern',
  'Zur',
  'Hof',
  'Lam',
  'Ri',
  'Vui',
  'Pi',
  'Clé',
  'Ém',
  'Gi',
  'Wen',
  'Blanc',
  'Cha',
  'Ber',
  'Fon',
  'Jac',
  'Kü',
  'Lu',
  'Mey',
  'Nie',
  'Ol',
  'Pé',
  'Qui',
  'Sa',
  'Tan',
  'Ul',
  'Ven',
  'Wal',
  'Yer',
  'Zbi',
  'Ab',
];
const SUFFIXES = [
  'ont',
  'tin',
  're',
  'chat',
  'vin',
  'ber',
  'ler',
  'id',
  'lin',
  'asconi',
  'briggen',
  'mann',
  'bert',
  'chard',
  'lleumier',
  'guet',
  'ment',
  'ery',
  'rard',
  'ger',
  'chet',
  'rier',
  'nard',
  'taine',
  'quier',
  'nzi',
  'thi',
  'er',
  'derer',
  'ivier',
  'guin',
  'rin',
  'lamin',
  'ner',
  'rich',
  'naz',
  'ter',
  'li',
  'nden',
  'egg',
];
const FIRST_NAMES = [
  'Jean',
  'Anne',
  'Jean-Luc',
  'Sophie',
  'Marc',
  'Léa',
  'Thomas',
  'Chloé',
  'Luca',
  'Hélène',
  'Noah',
  'Éloïse',
  'Émile',
  'Zoé',
  'Pierre',
  'Marie',
  'Nicolas',
  'Julie',
  'David',
  'Laura',
  'Simon',
  'Sarah',
  'Michel',
  'Claire',
  'Olivier',
  'Camille',
  'Patrick',
  'Céline',
  'Daniel',
  'Nathalie',
  'Stéphane',
  'Isabelle',
  'Yves',
  'Sandra',
  'André',
  'Monique',
  'Fabien',
  'Aurélie',
  'Lukas',
  'Anja',
  'Matteo',
  'Giulia',
  'Jonas',
  'Lena',
  'Hugo',
  'Inès',
];
const CITIES = [
  ['1204', 'Genève'],
  ['1003', 'Lausanne'],
  ['2000', 'Neuchâtel'],
  ['1950', 'Sion'],
  ['3011', 'Bern'],
  ['8001', 'Zürich'],
  ['1700', 'Fribourg'],
  ['6900', 'Lugano'],
  ['1800', 'Vevey'],
  ['2300', 'La Chaux-de-Fonds'],
  ['1260', 'Nyon'],
  ['1630', 'Bulle'],
] as const;

/** A deterministic pseudo-random stream (the same data set on every run). */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

export type BenchPerson = { lastName: string; firstName: string };

const at = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/**
 * Client `i` of the bench's data set (1,600 last names, 46 first names, 12 cities; one in eight foreign), as a sheet row.
 * Distinct people, as a real client list holds them (the store's duplicate check finds 62 near-namesakes born the same
 * day among 100,000, no other twin): the name
 * and city follow from `i` so that no two of the first 883,200 rows share a name and a postal code, and the birth
 * dates spread over 60 years; phones and e-mails are unique.
 */
export function benchRow(i: number, random: () => number): ImportRow {
  const lastName = `${at(PREFIXES, i)}${at(SUFFIXES, Math.floor(i / PREFIXES.length))}`;
  const firstName = at(FIRST_NAMES, Math.floor(i / (PREFIXES.length * SUFFIXES.length)));
  const [postalCode, city] = at(CITIES, Math.floor(i / (PREFIXES.length * SUFFIXES.length * FIRST_NAMES.length)));
  const birth = new Date(Date.UTC(1940, 0, 1) + ((i * 7919) % 21_900) * 86_400_000);
  const foreign = random() < 0.125;
  const digits = String(1_000_000 + i);
  return {
    row: i + 2,
    values: {
      title: random() < 0.5 ? 'Madame' : 'M.',
      lastName,
      firstName,
      company: random() < 0.3 ? `${lastName} Conseils SA` : null,
      email: `${firstName}.${lastName}.${i}@example.ch`.replace(/[^A-Za-z0-9.@-]/g, 'x').toLowerCase(),
      phone: `022 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
      mobile: random() < 0.5 ? `079 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}` : null,
      address: `Rue du Lac ${i % 200}`,
      postalCode,
      city,
      nationality: foreign ? pick(['française', 'allemande', 'italienne', 'portugaise'], random) : 'suisse',
      language: pick(['français', 'Deutsch', 'italiano', 'fr'], random),
      birthDate: `${String(birth.getUTCDate()).padStart(2, '0')}.${String(birth.getUTCMonth() + 1).padStart(2, '0')}.${birth.getUTCFullYear()}`,
    },
  };
}

/** The search mix: one word (a 4-letter start of a last name), two words (first name + 3 letters of a last name), a letter. */
export function benchQueries(people: readonly BenchPerson[], count: number, random: () => number): { kind: string; query: string }[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: count }, (_, index) => {
    const person = pick(people, random);
    if (index % 3 === 0) return { kind: 'oneWord', query: `q=${encodeURIComponent(person.lastName.slice(0, 4))}` };
    if (index % 3 === 1)
      return { kind: 'twoWords', query: `q=${encodeURIComponent(`${person.firstName} ${person.lastName.slice(0, 3)}`)}` };
    return { kind: 'letter', query: `letter=${pick([...letters], random)}` };
  });
}
