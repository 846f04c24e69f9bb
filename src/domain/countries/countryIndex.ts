import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { Language } from '../messages/Language';
import type { ClosestCandidate } from '../text/findClosest';
import { foldText } from '../text/foldText';
import { demonyms } from './demonyms';

// Static imports so that bundlers include the three languages.
countries.registerLocale(fr);
countries.registerLocale(en);
countries.registerLocale(de);

const LANGUAGES = ['fr', 'en', 'de'] as const;
/** Names people use that the ISO lists leave out. */
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Angleterre', 'England', 'Grande-Bretagne', 'Ecosse', 'Scotland', 'Pays de Galles', 'Wales', 'UK', 'England'],
  NL: ['Hollande', 'Holland'],
  US: ['Etats-Unis', 'USA'],
  CZ: ['Tchéquie'],
  XK: ['Kosovo'],
};

export type CountryIndex = {
  /** ISO alpha-2 codes. */
  codes: ReadonlySet<string>;
  /** Folded name or alpha-3 code → alpha-2, for country columns. */
  names: ReadonlyMap<string, string>;
  /** As `names`, plus demonyms, for nationality columns. */
  nationalities: ReadonlyMap<string, string>;
  countryCandidates: readonly ClosestCandidate[];
  nationalityCandidates: readonly ClosestCandidate[];
};

function buildCountryIndex(): CountryIndex {
  const codes = new Set(Object.keys(countries.getAlpha2Codes()));
  const names = new Map<string, string>();
  const countryCandidates: ClosestCandidate[] = [];
  const addName = (name: string, code: string) => {
    const folded = foldText(name);
    if (folded.length === 0) return;
    if (!names.has(folded)) names.set(folded, code);
    countryCandidates.push({ folded, display: name, names: code });
    // German names are also written with ae/oe/ue for ä/ö/ü (Oesterreich).
    const spelledOut = foldText(spellOutUmlauts(name));
    if (!names.has(spelledOut)) names.set(spelledOut, code);
  };
  for (const lang of LANGUAGES) {
    for (const [code, list] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of list) addName(name, code);
    }
  }
  for (const [code, list] of Object.entries(EXTRA_COUNTRY_NAMES)) for (const name of list) addName(name, code);
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) {
    const folded = alpha3.toLowerCase();
    if (!names.has(folded)) names.set(folded, alpha2);
  }
  const nationalities = new Map(names);
  const nationalityCandidates = [...countryCandidates];
  for (const [code, list] of Object.entries(demonyms)) {
    for (const name of list) {
      const folded = foldText(name);
      if (!nationalities.has(folded)) nationalities.set(folded, code);
      nationalityCandidates.push({ folded, display: name, names: code });
    }
  }
  return { codes, names, nationalities, countryCandidates, nationalityCandidates };
}

function spellOutUmlauts(name: string): string {
  return name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue');
}

/** Country names (French, English, German), alpha-3 codes and demonyms, folded once at load. */
export const countryIndex: CountryIndex = buildCountryIndex();

/** The name of a country code in `language` (the pane's country lists and profiles), the code itself when unknown. */
export function countryName(code: string, language: Language): string {
  return countries.getName(code, language) ?? code;
}

/** The French name of a country code, for messages and suggestions. */
export function countryNameFr(code: string): string {
  return countryName(code, 'fr');
}

let namesFr: readonly string[] | undefined;

/** Every country's French name, sorted as French readers expect: the values a sheet's country columns hold (the template's dropdowns). */
export function countryNamesFr(): readonly string[] {
  namesFr ??= [...countryIndex.codes].map((code) => countryNameFr(code)).sort((a, b) => a.localeCompare(b, 'fr'));
  return namesFr;
}
