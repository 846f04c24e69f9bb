import { ErrorCode } from '@/contract/ErrorCode';
import { errorToResponse } from '@/server/errors/errorToResponse';
import { StoreError } from '@/server/errors/StoreError';
import { statusForErrorCode } from '@/server/errors/statusForErrorCode';
import { errorMessage } from '@/server/i18n/serverMessages';
import { preferredLanguage } from '@/server/i18n/preferredLanguage';

describe('statusForErrorCode', () => {
  it.each([
    ['validation_failed', 400],
    ['unauthorized', 401],
    ['forbidden_origin', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['payload_too_large', 413],
    ['idempotency_mismatch', 422],
    ['precondition_required', 428],
    ['rate_limited', 429],
    ['internal', 500],
  ] as const)('%s → %i', (code, status) => {
    expect(statusForErrorCode(code)).toBe(status);
  });

  it('has a status and both messages for every code', () => {
    for (const code of ErrorCode) {
      expect(statusForErrorCode(code)).toBeGreaterThanOrEqual(400);
      expect(errorMessage(code, 'fr')).not.toBe(errorMessage(code, 'en'));
    }
  });
});

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['de-CH', 'fr'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de-CH,en;q=0.8,fr;q=0.5', 'en'],
    ['fr;q=0.3,en;q=0.7', 'en'],
    ['en;q=0, fr', 'fr'],
    ['EN-gb', 'en'],
  ])('%j → %s', (header, lang) => {
    expect(preferredLanguage(header)).toBe(lang);
  });
});

describe('errorToResponse', () => {
  it('keeps the code and fields of our own errors', () => {
    const fields = [{ path: 'email', code: 'conflict', message: 'déjà utilisé' }];
    expect(errorToResponse(new StoreError('conflict', fields), 'fr')).toEqual({
      statusCode: 409,
      body: { error: { code: 'conflict', message: 'La ressource a été modifiée entre-temps.', fields } },
      unexpected: false,
    });
  });

  it('turns schema issues into fields, prefixed outside the body', () => {
    const error = Object.assign(new Error('x'), {
      validationContext: 'querystring',
      validation: [
        { instancePath: '/limit', keyword: 'too_big', params: { maximum: 100 } },
        { instancePath: '', keyword: 'weird' },
      ],
    });
    expect(errorToResponse(error, 'en').body.error.fields).toEqual([
      { path: 'querystring.limit', code: 'too_big', message: 'Maximum 100.' },
      { path: 'querystring', code: 'custom', message: 'Invalid value.' },
    ]);
  });

  it.each([
    [413, 'payload_too_large'],
    [415, 'validation_failed'],
    [404, 'not_found'],
  ])('maps a Fastify client error %i to %s', (statusCode, code) => {
    expect(errorToResponse(Object.assign(new Error('x'), { statusCode }), 'fr').body.error.code).toBe(code);
  });

  it('answers anything else with a generic 500 marked unexpected', () => {
    const response = errorToResponse(new TypeError('secret detail'), 'fr');
    expect(response).toEqual({
      statusCode: 500,
      body: { error: { code: 'internal', message: 'Erreur interne de la base clients.', fields: [] } },
      unexpected: true,
    });
    expect(errorToResponse('a string', 'en').statusCode).toBe(500);
  });
});
