import { formatNumber } from '@/domain/messages/formatNumber';
import type { DuplicatesMessages } from './duplicatesFr';

const number = (count: number) => formatNumber(count, 'en');
const lines = (count: number) => `${number(count)} ${count === 1 ? 'row' : 'rows'}`;

export const duplicatesEn: DuplicatesMessages = {
  title: (rows) => `${lines(rows)} probably already in the client base`,
  intro:
    'These rows were not created: the client base probably has these clients already (under another email). Choose for each row, or for all ("Same client for all" takes the most likely client for each row).',
  row: (row, name) => `Row ${number(row)}: ${name}`,
  email: (email) => `Email: ${email}`,
  place: (place) => `Postal code, city: ${place}`,
  birthDate: (day) => `Birth date: ${day}`,
  candidatesTitle: (count) => (count > 1 ? `In the client base (${number(count)} close clients):` : 'In the client base:'),
  candidate: (code, name, score, reasons) => `${code} ${name}, ${number(Math.round(score * 100))}% likely: ${reasons}`,
  choiceLabel: (row) => `What to do with row ${number(row)}?`,
  same: 'Same client',
  sameAs: (code) => `Same client (${code})`,
  create: 'Create anyway',
  ignore: 'Ignore',
  sameAll: 'Same client for all',
  createAll: 'Create anyway for all',
  ignoreAll: 'Ignore for all',
  apply: (rows) => (rows === 0 ? 'Apply the choices' : `Apply the choices (${lines(rows)})`),
  undecided: 'Choose for at least one row to apply.',
  ignored: (rows) =>
    rows === 1
      ? '1 row ignored: not created, it keeps "Doublon probable" in the sheet.'
      : `${lines(rows)} ignored: not created, they keep "Doublon probable" in the sheet.`,
  announce: (rows) => `${lines(rows)} probably already in the client base, to review in the pane.`,
};
