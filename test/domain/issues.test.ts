import {
  describeImportStatus,
  describeIssue,
  describeRowError,
  describeRowSummary,
  formatSheetDay,
  ISSUE_CODES,
  ISSUE_SEVERITY,
  issueMessagesEn,
  issueMessagesFr,
} from '@/domain';

describe('describeIssue', () => {
  it.each([
    ['email.invalid', { value: 'jean@' }, 'fr', 'Adresse e-mail invalide «\u00a0jean@\u00a0».'],
    ['email.invalid', { value: 'jean@' }, 'en', 'Invalid email address "jean@".'],
    ['email.duplicate', { firstRow: 4 }, 'fr', 'Adresse e-mail déjà présente à la ligne 4.'],
    ['code.duplicate', { firstRow: 4 }, 'en', 'Client code already on row 4.'],
    ['value.tooLong', { max: 100, length: 120 }, 'fr', 'Texte trop long\u00a0: 120 caractères pour 100 au plus.'],
    [
      'postalCode.invalid',
      { value: '123', digits: 5, country: 'FR' },
      'fr',
      'Code postal invalide «\u00a0123\u00a0»\u00a0: 5 chiffres attendus (pays FR).',
    ],
    [
      'phone.leadingZeroRestored',
      { value: '791234567', restored: '+41791234567' },
      'en',
      'Number stored as a number by Excel "791234567": read as +41791234567, please check.',
    ],
    [
      'phone.prefixAssumed',
      { value: '791234567', restored: '+41791234567' },
      'fr',
      'Numéro écrit sans 0 ni indicatif «\u00a0791234567\u00a0»\u00a0: lu comme +41791234567, à vérifier.',
    ],
    [
      'postalCode.leadingZeroAssumed',
      { value: '1000', restored: '01000', country: 'FR' },
      'fr',
      'Code postal écrit avec 4 chiffres «\u00a01000\u00a0»\u00a0: lu comme 01000 (pays FR), à vérifier.',
    ],
    [
      'date.ambiguous',
      { value: '12/31/1985' },
      'fr',
      'Date au format mois/jour «\u00a012/31/1985\u00a0»\u00a0: écrivez-la jour.mois.année.',
    ],
    ['column.missingRequired', {}, 'en', 'Required column missing.'],
  ] as const)('%s %j in %s', (code, params, lang, expected) => {
    expect(describeIssue({ code, params }, lang)).toBe(expected);
  });

  it('has a French and an English text for every code, and they differ', () => {
    for (const code of ISSUE_CODES) {
      const fr = describeIssue(
        { code, params: { value: 'x', max: 1, length: 2, firstRow: 3, restored: 'y', country: 'CH', digits: 4 } },
        'fr',
      );
      const en = describeIssue(
        { code, params: { value: 'x', max: 1, length: 2, firstRow: 3, restored: 'y', country: 'CH', digits: 4 } },
        'en',
      );
      expect({ code, fr: fr.length > 10, en: en.length > 10, differ: fr !== en }).toEqual({ code, fr: true, en: true, differ: true });
    }
    expect(Object.keys(issueMessagesEn).sort()).toEqual(Object.keys(issueMessagesFr).sort());
  });

  // Issue 10 adds the column choices (alternative, repeated header, a lone birth-date part), guessed name splits and
  // academic titles in Civilité: things to check, never blocking.
  it('marks only repairs, column choices, guessed name splits and academic titles as warnings', () => {
    expect(ISSUE_CODES.filter((code) => ISSUE_SEVERITY[code] === 'warning').sort()).toEqual([
      'column.alternative',
      'column.birthDatePart',
      'column.duplicate',
      'name.splitGuessed',
      'phone.leadingZeroRestored',
      'phone.prefixAssumed',
      'postalCode.leadingZeroAssumed',
      'postalCode.leadingZeroRestored',
      'title.academic',
    ]);
  });
});

describe('describeRowError', () => {
  it.each([
    [
      'match.notFound',
      'fr',
      'Aucun client existant ne correspond (ni par code client, ni par e-mail)\u00a0: ligne non importée en mode mise à jour.',
    ],
    ['code.taken', 'en', 'This client code already belongs to another client (possibly deleted).'],
    ['value.required', 'fr', 'Valeur obligatoire manquante.'],
    ['email.invalid', 'en', 'Invalid email address.'],
    ['toString', 'fr', null],
    ['something.new', 'en', null],
  ] as const)('%s in %s', (code, lang, expected) => {
    expect(describeRowError(code, lang)).toBe(expected);
  });
});

describe('describeRowSummary', () => {
  it.each([
    ['fr', '3 anomalies\u00a0: Email *, NPA, Pays'],
    ['en', '3 issues: Email *, NPA, Pays'],
  ] as const)('in %s', (lang, expected) => {
    expect(describeRowSummary(3, ['Email *', 'NPA', 'Pays'], lang)).toBe(expected);
  });
});

describe('describeImportStatus', () => {
  const day = new Date(2026, 10, 7, 23, 30);
  it.each([
    ['created', null, 'fr', 'Créé le 07.11.2026'],
    ['updated', null, 'fr', 'Mis à jour le 07.11.2026'],
    ['unchanged', null, 'en', 'Unchanged on 07/11/2026'],
    ['failed', [{ code: 'email.taken' }], 'fr', 'Erreur\u00a0: Cette adresse e-mail appartient déjà à un autre client.'],
    [
      'failed',
      [{ code: 'email.invalid', params: { value: 'jean@' }, header: 'Email *' }],
      'en',
      'Error: Email *: Invalid email address "jean@".',
    ],
    [
      'failed',
      [{ code: 'store.new', message: 'texte du serveur' }, { code: 'code.taken' }],
      'fr',
      'Erreur\u00a0: texte du serveur\u00a0; Ce code client appartient déjà à un autre client (éventuellement supprimé).',
    ],
    ['failed', null, 'fr', 'Erreur\u00a0: ligne refusée par la base clients'],
    ['failed', null, 'en', 'Error: row refused by the client base'],
    ['not_imported', null, 'fr', 'Non importé'],
    ['reverted', null, 'fr', 'Import annulé le 07.11.2026'],
    ['reverted', null, 'en', 'Import undone on 07/11/2026'],
  ] as const)('%s (%s) in %s', (status, reason, lang, expected) => {
    expect(describeImportStatus(status, reason, day, lang)).toBe(expected);
  });

  it.each([
    [{ code: 'CL-000123', others: 0 }, 'fr', 'Doublon probable de CL-000123'],
    [{ code: 'CL-000123', others: 2 }, 'fr', 'Doublon probable de CL-000123 (+2)'],
    [{ code: 'CL-000123', others: 1 }, 'en', 'Probable duplicate of CL-000123 (+1)'],
    [null, 'fr', 'Doublon probable'],
  ] as const)('duplicate of %j in %s', (duplicateOf, lang, expected) => {
    expect(describeImportStatus('duplicate', [{ code: 'duplicate.probable' }], day, lang, duplicateOf)).toBe(expected);
  });

  it('writes the day of the local calendar as a Swiss reader reads it', () => {
    expect(formatSheetDay(new Date(2027, 0, 3), 'fr')).toBe('03.01.2027');
  });
});
