import {
  COLUMN_KEYS,
  TEMPLATE_EXAMPLE,
  countryNamesFr,
  dateToExcelSerial,
  excelSerialToIsoDate,
  formatPhoneInternational,
  formatIsoDay,
  formatVatNumber,
  isoDateToExcelSerial,
  LANGUAGE_NAMES_FR,
  normalizeClientValues,
  normalizeVatNumber,
  parseLanguage,
  templateCellValues,
} from '@/domain';

describe('formatPhoneInternational', () => {
  it.each([
    ['+41223104567', '+41 22 310 45 67'],
    ['+41794123321', '+41 79 412 33 21'],
    ['+41800800800', '+41 800 800 800'],
    ['+33612345678', '+33 6 12 34 56 78'],
    ['+33142685300', '+33 1 42 68 53 00'],
    ['+49301234567', '+49 30 1234567'],
    ['+12125550123', '+1 212 555 0123'],
    // Unknown to the metadata, or not E.164: unchanged.
    ['+41000000000', '+41000000000'],
    ['+999123456789', '+999123456789'],
    ['022 310 45 67', '022 310 45 67'],
    ['', ''],
  ])('%s → %s', (stored, shown) => {
    expect(formatPhoneInternational(stored)).toBe(shown);
  });

  it('gives back a text the phone rule reads as the same number', () => {
    for (const e164 of ['+41223104567', '+33612345678', '+4915123456789', '+390212345678']) {
      expect(normalizeClientValues({ phone: formatPhoneInternational(e164) }, { keys: ['phone'] }).values.phone).toBe(e164);
    }
  });
});

describe('formatVatNumber', () => {
  it.each([
    ['CHE116281710IVA', 'CHE-116.281.710 IVA'],
    ['CHE116281710MWST', 'CHE-116.281.710 MWST'],
    ['CHE116281710TVA', 'CHE-116.281.710 TVA'],
    ['CHE116281710HR', 'CHE-116.281.710 HR'],
    // No suffix given: none added.
    ['CHE116281710', 'CHE-116.281.710'],
    // EU VAT numbers as stored.
    ['FR40303265045', 'FR40303265045'],
    ['DE123456789', 'DE123456789'],
    ['', ''],
  ])('%s → %s', (stored, shown) => {
    expect(formatVatNumber(stored)).toBe(shown);
  });

  it('is read back by the VAT rule as the stored value', () => {
    for (const stored of ['CHE116281710IVA', 'CHE116281710', 'FR40303265045']) {
      expect(normalizeVatNumber(formatVatNumber(stored))).toEqual({ ok: true, value: stored });
    }
  });
});

describe('formatIsoDay (Swiss: dd.mm.yyyy)', () => {
  it.each([
    ['1981-03-09', '09.03.1981'],
    ['2026-12-31', '31.12.2026'],
    ['09.03.1981', '09.03.1981'],
    ['', ''],
  ])('%s → %s', (iso, shown) => {
    expect(formatIsoDay(iso, '.')).toBe(shown);
  });
});

describe('isoDateToExcelSerial and dateToExcelSerial', () => {
  it.each([
    ['1981-03-09', 29_654],
    ['1900-03-01', 61],
    ['2026-12-02', 46_358],
    ['1900-02-28', undefined],
    ['2026-02-30', undefined],
    ['09.03.1981', undefined],
  ])('%s → %s', (iso, serial) => {
    expect(isoDateToExcelSerial(iso)).toBe(serial);
    if (serial !== undefined) expect(excelSerialToIsoDate(serial)).toBe(iso);
  });

  it('keeps the time of day as a fraction', () => {
    expect(dateToExcelSerial(new Date(Date.UTC(1981, 2, 9, 12, 0)))).toBe(29_654.5);
    expect(dateToExcelSerial(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('templateCellValues', () => {
  it('writes a stored client as the template shows it: international phones, formatted UID, French names', () => {
    const cells = templateCellValues({
      phone: '+41223104567',
      mobile: '+33612345678',
      vatNumber: 'CHE116281710IVA',
      country: 'CH',
      nationality: 'FR',
      practiceCountry: 'DE',
      language: 'de',
      birthDate: '1981-03-09',
      lastName: 'Gaillard',
    });
    expect(cells).toMatchObject({
      phone: '+41 22 310 45 67',
      mobile: '+33 6 12 34 56 78',
      vatNumber: 'CHE-116.281.710 IVA',
      country: 'Suisse',
      nationality: 'France',
      practiceCountry: 'Allemagne',
      language: 'Allemand',
      birthDate: '1981-03-09',
      lastName: 'Gaillard',
      email: null,
    });
    expect(Object.keys(cells).sort()).toEqual([...COLUMN_KEYS].sort());
  });

  it('writes only the dropdowns’ values, which read back as the stored codes', () => {
    const cells = templateCellValues({ country: 'CH', nationality: 'IT', language: 'it' });
    expect(countryNamesFr()).toEqual(expect.arrayContaining([cells.country, cells.nationality]));
    expect(Object.values(LANGUAGE_NAMES_FR)).toContain(cells.language);
    for (const code of Object.keys(LANGUAGE_NAMES_FR)) {
      expect(parseLanguage(templateCellValues({ language: code }).language ?? '')).toEqual({ ok: true, value: code });
    }
    const { values } = normalizeClientValues(cells, { keys: ['country', 'nationality', 'language'] });
    expect(values).toEqual({ country: 'CH', nationality: 'IT', language: 'it' });
  });

  it('keeps a value no rule recognises, and empty values as null', () => {
    expect(templateCellValues({ country: 'Atlantide', phone: '12', language: '' })).toMatchObject({
      country: 'Atlantide',
      phone: '12',
      language: null,
    });
  });
});

describe('TEMPLATE_EXAMPLE', () => {
  it('is a valid client in every column, written as the template writes it', () => {
    const { values, problems } = normalizeClientValues(TEMPLATE_EXAMPLE, { homeCountry: 'CH', today: '2026-06-15' });
    expect(problems).toEqual([]);
    expect(values).toMatchObject({ phone: '+41223104567', nationality: 'CH', language: 'fr', birthDate: '1981-03-09' });
    expect(templateCellValues(values)).toMatchObject({
      phone: TEMPLATE_EXAMPLE.phone,
      mobile: TEMPLATE_EXAMPLE.mobile,
      vatNumber: TEMPLATE_EXAMPLE.vatNumber,
      country: TEMPLATE_EXAMPLE.country,
      language: TEMPLATE_EXAMPLE.language,
    });
  });
});
