import { readFileSync } from 'node:fs';
import path from 'node:path';

const html = readFileSync(path.resolve(__dirname, '../../src/help/help.html'), 'utf8');
const section = (id: string) => {
  const match = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (match?.[1] === undefined) throw new Error(`no section #${id}`);
  return match[1];
};
/** The text people read: tags dropped, entities decoded (the ones the page uses). */
const text = (fragment: string) =>
  fragment
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#8239;/g, '\u202f')
    .replace(/[ \t\r\n]+/g, ' ');

describe('help page', () => {
  it.each([
    ['fr', 'jeton', 'Jeton d’accès'],
    ['en', 'token', 'Access token'],
  ])('%s: the settings panel’s link #%s explains how to get a token', (language, anchor, field) => {
    const part = section(language);
    expect(part).toContain(`id="${anchor}"`);
    expect(text(part)).toMatch(/npm run store -- token create \S+ --label "[^"]+"/);
    expect(text(part)).toContain(field);
    expect(text(part)).toContain('Poste local');
  });

  it('writes French with its no-break spaces: before : ; ? !, inside « », in numbers', () => {
    const french = text(section('fr'));
    expect(french.match(/ [:;?!»]|« /g) ?? []).toEqual([]);
    expect(french).toContain('1\u202f000');
    expect(french).not.toMatch(/\d{4} /);
  });
});
