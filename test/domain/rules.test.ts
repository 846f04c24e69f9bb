import {
  excelSerialToIsoDate,
  normalizeEmail,
  normalizePostalCode,
  normalizeMultilineText,
  normalizeText,
  normalizeVatNumber,
  parseBirthDate,
  parseLanguage,
  parseTitle,
  swissUidCheckDigit,
} from '@/domain';
import { summarize } from './support/expectRule';

describe('normalizeText', () => {
  it.each([
    ['  Jean   Luc ', 100, { value: 'Jean Luc' }],
    ['Müller\tMeier', 100, { value: 'Müller Meier' }],
    ['Dupont', 100, { value: 'Dupont' }],
    ['x'.repeat(101), 100, { error: 'value.tooLong' }],
    ['x'.repeat(100), 100, { value: 'x'.repeat(100) }],
  ])('%j (max %i)', (text, max, expected) => {
    expect(summarize(normalizeText(text, max))).toEqual(expected);
  });

  it('reports the limit and the length', () => {
    expect(normalizeText('abcd', 3)).toEqual({
      ok: false,
      problem: { code: 'value.tooLong', params: { max: 3, length: 4 }, suggestion: null },
    });
  });

  it('keeps line breaks in notes', () => {
    expect(normalizeMultilineText(' Ligne 1\r\nLigne 2 ', 2000)).toEqual({ ok: true, value: 'Ligne 1\nLigne 2' });
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['anne.muller@Example.CH', { value: 'anne.muller@example.ch' }],
    ['  Jean.Dupont+crm@bluewin.ch ', { value: 'Jean.Dupont+crm@bluewin.ch' }],
    ['info@müller-ag.ch', { value: 'info@müller-ag.ch' }],
    ["o'brien@example.co.uk", { value: "o'brien@example.co.uk" }],
    ['jean@example', { error: 'email.invalid' }],
    ['jean.example.ch', { error: 'email.invalid' }],
    ['jean@@example.ch', { error: 'email.invalid' }],
    ['jean dupont@example.ch', { error: 'email.invalid' }],
    ['jean..dupont@example.ch', { error: 'email.invalid' }],
    ['.jean@example.ch', { error: 'email.invalid' }],
    ['jean@-example.ch', { error: 'email.invalid' }],
    ['jean@example.c', { error: 'email.invalid' }],
    ['@example.ch', { error: 'email.invalid' }],
    [`${'a'.repeat(65)}@example.ch`, { error: 'email.invalid' }],
  ])('%j', (text, expected) => {
    expect(summarize(normalizeEmail(text))).toEqual(expected);
  });
});

describe('parseTitle', () => {
  it.each([
    ['M.', 'M.'],
    ['M', 'M.'],
    ['Monsieur', 'M.'],
    ['MONSIEUR', 'M.'],
    ['Mr', 'M.'],
    ['Mr.', 'M.'],
    ['Herr', 'M.'],
    ['Mme', 'Mme'],
    ['Mme.', 'Mme'],
    ['Madame', 'Mme'],
    ['Mrs', 'Mme'],
    ['Ms', 'Mme'],
    ['Frau', 'Mme'],
    ['Mlle', 'Mme'],
    ['Mademoiselle', 'Mme'],
  ])('%j → %s', (text, expected) => {
    expect(summarize(parseTitle(text))).toEqual({ value: expected });
  });

  it.each(['Famille', 'x', 'Dr Famille', 'Med.', 'Mx'])('%j is unknown', (text) => {
    expect(summarize(parseTitle(text))).toEqual({ error: 'title.unknown' });
  });

  it.each([
    'Dr',
    'Dr.',
    'dr',
    'Dre',
    'Prof',
    'Prof.',
    'Me',
    'Me.',
    'Maître',
    'Dr. med.',
    'Dr med dent',
    'Prof. Dr.',
    'Prof. Dr. h.c.',
    'Dr. phil.',
  ])('%j is an academic title: no civilité, a warning', (text) => {
    expect(summarize(parseTitle(text))).toEqual({ value: '', warning: 'title.academic' });
  });

  it.each([
    ['Madmae', 'Mme'],
    ['Monsieru', 'M.'],
    ['Mademoisele', 'Mme'],
  ])('%j is unknown, suggesting %j (a long spelling a typo away)', (text, suggestion) => {
    expect(summarize(parseTitle(text))).toEqual({ error: 'title.unknown', suggestion });
  });
});

describe('parseLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['français', 'fr'],
    ['Francais', 'fr'],
    ['French', 'fr'],
    ['F', 'fr'],
    ['de', 'de'],
    ['Deutsch', 'de'],
    ['allemand', 'de'],
    ['German', 'de'],
    ['Schweizerdeutsch', 'de'],
    ['it', 'it'],
    ['italiano', 'it'],
    ['Italien', 'it'],
    ['en', 'en'],
    ['English', 'en'],
    ['anglais', 'en'],
    ['fr-CH', 'fr'],
  ])('%j → %s', (text, expected) => {
    expect(summarize(parseLanguage(text))).toEqual({ value: expected });
  });

  it.each([
    ['espagnol', { error: 'language.unknown' }],
    ['Englsh', { error: 'language.unknown', suggestion: 'English' }],
    ['francias', { error: 'language.unknown', suggestion: 'français' }],
  ])('%j', (text, expected) => {
    expect(summarize(parseLanguage(text))).toEqual(expected);
  });
});

describe('swissUidCheckDigit', () => {
  it.each([
    ['10778757', 7],
    ['11628171', 0],
    ['12345678', 8],
  ])('%s → %i', (digits, expected) => {
    expect(swissUidCheckDigit(digits)).toBe(expected);
  });

  it('has no check digit when the remainder gives 10', () => {
    expect(swissUidCheckDigit('03000000')).toBeUndefined();
  });
});

describe('normalizeVatNumber', () => {
  it.each([
    ['CHE-107.787.577 IVA', { value: 'CHE107787577IVA' }],
    ['CHE-107.787.577 TVA', { value: 'CHE107787577TVA' }],
    ['che107787577mwst', { value: 'CHE107787577MWST' }],
    ['CHE-107.787.577', { value: 'CHE107787577' }],
    ['CHE-123.456.788', { value: 'CHE123456788' }],
    ['CHE-030.000.000', { error: 'vat.checkDigit' }],
    ['CHE-107.787.578', { error: 'vat.checkDigit' }],
    ['CHE-107.787', { error: 'vat.invalid' }],
    ['FR 40 303 265 045', { value: 'FR40303265045' }],
    ['DE 123456789', { value: 'DE123456789' }],
    ['DE 12345678', { error: 'vat.invalid' }],
    ['ATU12345678', { value: 'ATU12345678' }],
    ['IT 12345678901', { value: 'IT12345678901' }],
    ['BE 0123.456.789', { value: 'BE0123456789' }],
    ['LU 12345678', { value: 'LU12345678' }],
    ['NL123456789B01', { value: 'NL123456789B01' }],
    ['GR 123456789', { value: 'EL123456789' }],
    ['ESX1234567X', { value: 'ESX1234567X' }],
    ['US123456789', { error: 'vat.invalid' }],
    ['123456789', { error: 'vat.invalid' }],
  ])('%j', (text, expected) => {
    expect(summarize(normalizeVatNumber(text))).toEqual(expected);
  });
});

describe('excelSerialToIsoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, undefined],
    [61, '1900-03-01'],
    [31412, '1985-12-31'],
    [31412.75, '1985-12-31'],
    [45658, '2025-01-01'],
    [0, undefined],
    [-5, undefined],
    [3e6, undefined],
    [Number.NaN, undefined],
  ])('%d → %s', (serial, expected) => {
    expect(excelSerialToIsoDate(serial)).toBe(expected);
  });
});

describe('parseBirthDate', () => {
  const today = '2026-06-15';
  it.each([
    ['31.12.1985', '31.12.1985', { value: '1985-12-31' }],
    ['31/12/1985', '31/12/1985', { value: '1985-12-31' }],
    ['31-12-1985', '31-12-1985', { value: '1985-12-31' }],
    ['1.2.1985', '1.2.1985', { value: '1985-02-01' }],
    ['05/06/1985', '05/06/1985', { value: '1985-06-05' }],
    ['1985-12-31', '1985-12-31', { value: '1985-12-31' }],
    ['1985-12-31T00:00:00', '1985-12-31T00:00:00', { value: '1985-12-31' }],
    ['31.12.1985 00:00', '31.12.1985 00:00', { value: '1985-12-31' }],
    ['29.02.2000', '29.02.2000', { value: '2000-02-29' }],
    ['serial', 31412, { value: '1985-12-31' }],
    ['Date', new Date(Date.UTC(1985, 11, 31)), { value: '1985-12-31' }],
    ['12/31/1985', '12/31/1985', { error: 'date.ambiguous', suggestion: '31.12.1985' }],
    ['31.02.1990', '31.02.1990', { error: 'date.impossible' }],
    ['29.02.1999', '29.02.1999', { error: 'date.impossible' }],
    ['1990-02-30', '1990-02-30', { error: 'date.impossible' }],
    ['32.01.1990', '32.01.1990', { error: 'date.invalid' }],
    ['13/13/1990', '13/13/1990', { error: 'date.invalid' }],
    ['31.12.85', '31.12.85', { error: 'date.invalid' }],
    ['demain', 'demain', { error: 'date.invalid' }],
    ['16.06.2026', '16.06.2026', { error: 'date.future' }],
    ['15.06.2026', '15.06.2026', { value: '2026-06-15' }],
    ['31.12.1899', '31.12.1899', { error: 'date.tooOld' }],
    ['serial 60', 60, { error: 'date.invalid' }],
    ['a year alone', 1985, { error: 'date.invalid' }],
    ['a serial with a time of day', 31412.5, { value: '1985-12-31' }],
    ['invalid Date', new Date(Number.NaN), { error: 'date.invalid' }],
    ['compact yyyymmdd as text', '20080901', { value: '2008-09-01' }],
    ['compact yyyymmdd as a number', 19851231, { value: '1985-12-31' }],
    ['compact, today', '20260615', { value: '2026-06-15' }],
    ['compact, in the future', '20260616', { error: 'date.invalid' }],
    ['compact, before 1900', '18991231', { error: 'date.invalid' }],
    ['compact, no such day', '20080230', { error: 'date.invalid' }],
    ['compact, month 13', '20081301', { error: 'date.invalid' }],
    ['eight digits day first', '31121985', { error: 'date.invalid' }],
  ])('%s', (_label, raw, expected) => {
    const text = typeof raw === 'string' ? raw : String(raw);
    expect(summarize(parseBirthDate(text, raw, today))).toEqual(expected);
  });
});

describe('normalizePostalCode', () => {
  it.each([
    ['1204', 'CH', { value: '1204' }],
    ['CH-1204', 'CH', { value: '1204' }],
    ['CH 1204', 'CH', { value: '1204' }],
    ['12045', 'CH', { error: 'postalCode.invalid' }],
    ['120', 'CH', { error: 'postalCode.invalid' }],
    ['1010', 'AT', { value: '1010' }],
    ['1000', 'BE', { value: '1000' }],
    ['L-1234', 'LU', { value: '1234' }],
    ['75001', 'FR', { value: '75001' }],
    ['F-75001', 'FR', { value: '75001' }],
    ['75 001', 'FR', { value: '75001' }],
    ['1000', 'FR', { value: '01000', warning: 'postalCode.leadingZeroRestored' }],
    ['1067', 'DE', { value: '01067', warning: 'postalCode.leadingZeroRestored' }],
    ['0100', 'IT', { value: '00100', warning: 'postalCode.leadingZeroRestored' }],
    ['8001', 'ES', { value: '08001', warning: 'postalCode.leadingZeroRestored' }],
    ['750011', 'FR', { error: 'postalCode.invalid' }],
    ['Paris', 'FR', { error: 'postalCode.invalid' }],
    ['SW1A 1AA', 'GB', { value: 'SW1A 1AA' }],
    ['10115', 'US', { value: '10115' }],
    ['x'.repeat(13), 'GB', { error: 'value.tooLong' }],
  ])('%j in %s', (text, country, expected) => {
    expect(summarize(normalizePostalCode(text, country))).toEqual(expected);
  });

  it('says Excel stored the code as a number only when the cell held a number; four digits written as text get their own warning', () => {
    expect(summarize(normalizePostalCode('1000', 'FR', 1000))).toEqual({ value: '01000', warning: 'postalCode.leadingZeroRestored' });
    expect(summarize(normalizePostalCode('1000', 'FR', '1000'))).toEqual({ value: '01000', warning: 'postalCode.leadingZeroAssumed' });
    expect(summarize(normalizePostalCode('1204', 'CH', '1204'))).toEqual({ value: '1204' });
  });

  it('says how many digits the country wants', () => {
    const result = normalizePostalCode('123', 'FR');
    expect(result.ok ? undefined : result.problem.params).toEqual({ value: '123', digits: 5, country: 'FR' });
  });
});
