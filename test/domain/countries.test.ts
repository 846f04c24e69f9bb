import { countryIndex, countryNameFr, parseCountry } from '@/domain';
import { summarize } from './support/expectRule';

describe('parseCountry (country)', () => {
  it.each([
    ['CH', 'CH'],
    ['ch', 'CH'],
    ['CHE', 'CH'],
    ['Suisse', 'CH'],
    ['SUISSE', 'CH'],
    ['Switzerland', 'CH'],
    ['Schweiz', 'CH'],
    ['France', 'FR'],
    ['Frankreich', 'FR'],
    ['FRA', 'FR'],
    ['Allemagne', 'DE'],
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['Italie', 'IT'],
    ['Autriche', 'AT'],
    ['Österreich', 'AT'],
    ['Oesterreich', 'AT'],
    ['Belgique', 'BE'],
    ['Luxembourg', 'LU'],
    ['Royaume-Uni', 'GB'],
    ['royaume uni', 'GB'],
    ['UK', 'GB'],
    ['Angleterre', 'GB'],
    ['États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['USA', 'US'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote-d’Ivoire', 'CI'],
    ['Sénégal', 'SN'],
    ['senegal', 'SN'],
    ['Liechtenstein', 'LI'],
    ['Kosovo', 'XK'],
  ])('%j → %s', (text, expected) => {
    expect(summarize(parseCountry(text, 'country'))).toEqual({ value: expected });
  });

  it.each([
    ['Suise', 'Suisse'],
    ['Frnace', 'France'],
    ['Allemange', 'Allemagne'],
    ['Swtizerland', 'Switzerland'],
  ])('%j is unknown, suggesting %j', (text, suggestion) => {
    expect(summarize(parseCountry(text, 'country'))).toEqual({ error: 'country.unknown', suggestion });
  });

  it('does not take a demonym for a country', () => {
    expect(summarize(parseCountry('française', 'country'))).toMatchObject({ error: 'country.unknown' });
  });

  it('has no suggestion for something far from every name', () => {
    expect(summarize(parseCountry('Atlantide du Nord-Ouest', 'country'))).toEqual({ error: 'country.unknown' });
  });
});

describe('parseCountry (nationality)', () => {
  it.each([
    ['suisse', 'CH'],
    ['Suisse', 'CH'],
    ['Swiss', 'CH'],
    ['Schweizer', 'CH'],
    ['Schweizerin', 'CH'],
    ['CH', 'CH'],
    ['française', 'FR'],
    ['francaise', 'FR'],
    ['FRANÇAIS', 'FR'],
    ['French', 'FR'],
    ['France', 'FR'],
    ['sénégalais', 'SN'],
    ['sénégalaise', 'SN'],
    ['British', 'GB'],
    ['britannique', 'GB'],
    ['allemande', 'DE'],
    ['Deutsche', 'DE'],
    ['italienne', 'IT'],
    ['portugais', 'PT'],
    ['kosovar', 'XK'],
    ['Sri-lankaise', 'LK'],
    ['sri lankais', 'LK'],
    ['néo-zélandais', 'NZ'],
  ])('%j → %s', (text, expected) => {
    expect(summarize(parseCountry(text, 'nationality'))).toEqual({ value: expected });
  });

  it('suggests the closest demonym on a miss', () => {
    expect(summarize(parseCountry('francaisse', 'nationality'))).toEqual({ error: 'nationality.unknown', suggestion: 'française' });
  });
});

describe('countryIndex', () => {
  it('knows the 249 ISO codes and Kosovo', () => {
    expect(countryIndex.codes.size).toBe(250);
    expect(countryIndex.codes.has('XK')).toBe(true);
  });

  it('names countries in French', () => {
    expect(countryNameFr('CH')).toBe('Suisse');
    expect(countryNameFr('ZZ')).toBe('ZZ');
  });
});
