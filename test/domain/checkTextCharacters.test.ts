import { checkTextCharacters, describeIssue, normalizeClientValues } from '@/domain';

describe('checkTextCharacters', () => {
  it.each([
    ['plain text', 'Dupont', null],
    ['accents and an emoji (a surrogate pair)', 'Zoé 👍', null],
    ['tab and line breaks', 'a\tb\r\nc\nd', null],
    ['NUL', 'Du\u0000pont', { code: 'value.controlCharacter', position: 3 }],
    ['an escape', '\u001b[31m', { code: 'value.controlCharacter', position: 1 }],
    ['a vertical tab', 'a\u000bb', { code: 'value.controlCharacter', position: 2 }],
    ['DEL', 'x\u007f', { code: 'value.controlCharacter', position: 2 }],
    ['a C1 control (NEL)', 'a\u0085', { code: 'value.controlCharacter', position: 2 }],
    ['a lone high surrogate', 'dup\ud800@x.ch', { code: 'value.malformedText', position: 4 }],
    ['a lone low surrogate', '\udc00x', { code: 'value.malformedText', position: 1 }],
    ['a high surrogate at the end', 'ab\ud83d', { code: 'value.malformedText', position: 3 }],
    ['reversed pair', '\ude00\ud83d', { code: 'value.malformedText', position: 1 }],
  ])('%s', (_case, text, expected) => {
    const problem = checkTextCharacters(text);
    expect(problem === null ? null : { code: problem.code, position: problem.params.position }).toEqual(expected);
  });

  it('is the rule of every template value, before the column rule (the sheet, the pane and the store agree)', () => {
    const { problems } = normalizeClientValues({ lastName: 'Du\u0000pont', email: 'dup\ud800@x.ch', notes: 'l1\nl2\tx' });
    expect(problems.filter((problem) => problem.key !== 'firstName')).toEqual([
      { key: 'lastName', code: 'value.controlCharacter', params: { position: 3 }, suggestion: null },
      { key: 'email', code: 'value.malformedText', params: { position: 4 }, suggestion: null },
    ]);
    expect(describeIssue(problems[0] ?? { code: 'value.required', params: {} }, 'fr')).toBe(
      'Caractère de contrôle invisible en position 3\u00a0: supprimez-le.',
    );
  });
});
