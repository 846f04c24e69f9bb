import { validateSettingsDraft, type SettingsDraftResult } from '@/taskpane/store/validateSettingsDraft';

describe('validateSettingsDraft', () => {
  const cases: Array<{ storeUrl: string; token: string; expected: SettingsDraftResult }> = [
    {
      storeUrl: ' https://localhost:3000/ ',
      token: ' abc ',
      expected: { valid: true, settings: { storeUrl: 'https://localhost:3000', token: 'abc' } },
    },
    {
      storeUrl: 'http://127.0.0.1:3001',
      token: 't',
      expected: { valid: true, settings: { storeUrl: 'http://127.0.0.1:3001', token: 't' } },
    },
    { storeUrl: 'https://h.ch/store/', token: 't', expected: { valid: true, settings: { storeUrl: 'https://h.ch/store', token: 't' } } },
    { storeUrl: '', token: 't', expected: { valid: false, errors: { storeUrl: 'url_required' } } },
    { storeUrl: 'localhost:3000', token: 't', expected: { valid: false, errors: { storeUrl: 'url_invalid' } } },
    { storeUrl: 'ftp://h.ch', token: 't', expected: { valid: false, errors: { storeUrl: 'url_invalid' } } },
    { storeUrl: 'https://h.ch', token: '   ', expected: { valid: false, errors: { token: 'token_required' } } },
    { storeUrl: ' ', token: '', expected: { valid: false, errors: { storeUrl: 'url_required', token: 'token_required' } } },
  ];

  it.each(cases)('"$storeUrl" + "$token"', ({ storeUrl, token, expected }) => {
    expect(validateSettingsDraft({ storeUrl, token })).toEqual(expected);
  });
});
