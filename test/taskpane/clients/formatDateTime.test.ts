import { formatDate, formatDateTime, formatDay } from '@/taskpane/clients/formatDateTime';

describe('dates shown in the pane', () => {
  const noon = '2026-11-27T12:00:00.000Z';

  it('writes a moment dd.mm.yyyy hh:mm in French, dd/mm/yyyy, hh:mm in English', () => {
    expect(formatDateTime(noon, 'fr')).toMatch(/^27\.11\.2026 \d{2}:\d{2}$/);
    expect(formatDateTime(noon, 'en')).toMatch(/^27\/11\/2026, \d{2}:\d{2}$/);
  });

  it('writes a day dd.mm.yyyy in French, dd/mm/yyyy in English', () => {
    expect(formatDate(noon, 'fr')).toBe('27.11.2026');
    expect(formatDate(noon, 'en')).toBe('27/11/2026');
    expect(formatDay('1980-02-29', 'fr')).toBe('29.02.1980');
    expect(formatDay('1980-02-29', 'en')).toBe('29/02/1980');
  });

  it('leaves what is not a date as it came', () => {
    expect(formatDateTime('pas une date', 'fr')).toBe('pas une date');
    expect(formatDate('', 'fr')).toBe('');
    expect(formatDay('27.11.2026', 'fr')).toBe('27.11.2026');
  });
});
