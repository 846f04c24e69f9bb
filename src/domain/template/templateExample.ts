import type { ColumnKey } from './ColumnKey';

/**
 * The template's example row (DESIGN.md §2): a fictional Swiss client showing each expected format, as the template
 * writes it (the birth date as an Excel date serial). It is never imported: validation recognises it (`isExampleRow`).
 */
export const TEMPLATE_EXAMPLE: Readonly<Record<ColumnKey, string | number>> = {
  code: '',
  title: 'Mme',
  lastName: 'Exemple',
  firstName: 'Sophie',
  company: 'Exemple Architecture Sàrl',
  vatNumber: 'CHE-123.456.788 TVA',
  email: 'sophie.exemple@example.ch',
  phone: '+41 22 310 45 67',
  mobile: '+41 79 412 33 21',
  address: 'Rue du Rhône 12',
  postalCode: '1204',
  city: 'Genève',
  country: 'Suisse',
  nationality: 'Suisse',
  practiceCountry: 'Suisse',
  language: 'Français',
  // 9 March 1981
  birthDate: 29_654,
  notes: 'Ligne d’exemple : remplacez-la par vos clients.',
};
