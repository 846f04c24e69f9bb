import { editDistance, findClosest, foldText, memoize, typoTolerance } from '@/domain';

describe('foldText', () => {
  it.each([
    ['Nom *', 'nom'],
    ['Né(e) le', 'neele'],
    ['Pays d’exercice', 'paysdexercice'],
    ["Pays d'exercice", 'paysdexercice'],
    ['  TÉLÉPHONE  ', 'telephone'],
    ['N° TVA / IDE', 'ntvaide'],
    ['E-mail', 'email'],
    ['Straße', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['Côte-d’Ivoire', 'cotedivoire'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('folds every printable ASCII character as the Unicode steps would (its fast path)', () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    expect(foldText(ascii)).toBe(`0123456789${letters}${letters}`);
    expect(foldText(`${ascii}é`)).toBe(`0123456789${letters}${letters}e`);
  });
});

describe('editDistance', () => {
  it.each([
    ['telephone', 'telephone', 2, 0],
    ['telephnoe', 'telephone', 2, 1],
    ['telefone', 'telephone', 2, 2],
    ['prenom', 'prenmo', 1, 1],
    ['nationalite', 'nationalitee', 1, 1],
    ['abc', 'xyz', 1, 2],
    ['a', 'abcdef', 2, 3],
    ['', 'ab', 2, 2],
  ])('%s ↔ %s (max %i) = %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('typoTolerance', () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
    [20, 2],
  ])('length %i allows %i', (length, expected) => {
    expect(typoTolerance(length)).toBe(expected);
  });
});

describe('findClosest', () => {
  const candidates = ['Suisse', 'Suède', 'France', 'Allemagne'].map((display) => ({ display, folded: foldText(display) }));
  it.each([
    ['Suise', 'Suisse'],
    ['Frnace', 'France'],
    ['Allemagen', 'Allemagne'],
    ['Zzzzzzzz', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(findClosest(text, candidates)).toBe(expected);
  });

  it('suggests nothing when two things are as close, and the nearest name when names of one thing tie', () => {
    const named = [
      { display: 'Iran', folded: 'iran', names: 'IR' },
      { display: 'Irak', folded: 'irak', names: 'IQ' },
      { display: 'Suisse', folded: 'suisse', names: 'CH' },
      { display: 'Suissa', folded: 'suissa', names: 'CH' },
    ];
    expect(findClosest('Ira', named)).toBeUndefined();
    expect(findClosest('Suiss', named)).toBe('Suisse');
  });
});

describe('memoize', () => {
  it('computes each input once up to the limit, then computes again', () => {
    const seen: string[] = [];
    const upper = memoize((text) => {
      seen.push(text);
      return text.toUpperCase();
    }, 1);
    expect([upper('a'), upper('a'), upper('b'), upper('b')]).toEqual(['A', 'A', 'B', 'B']);
    expect(seen).toEqual(['a', 'b', 'b']);
  });
});
