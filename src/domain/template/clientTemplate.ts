import type { TemplateColumn } from './TemplateColumn';

/**
 * The client template (DESIGN.md §2), written once: columns, labels, synonyms and rules.
 * Changing a column or a rule is one edit here; header matching, validation, the pane and the
 * store all read this list.
 */
export const clientTemplate: readonly TemplateColumn[] = [
  {
    key: 'code', header: 'Code client', label: 'Client code', required: false, rule: 'text', maxLength: 32,
    synonyms: ['Code', 'N° client', 'No client', 'Numéro client', 'Numéro de client', 'Réf. client', 'Référence client',
      'ID client', 'Client ID', 'Client number', 'Customer code', 'Customer ID', 'Customer number', 'Kundennummer', 'Kunden-Nr.',
      'Customer number', 'Employee number', 'User ID', 'Your ref', 'Ref.', 'Kundennr.'],
  },
  {
    key: 'title', header: 'Civilité', label: 'Title', required: false, rule: 'title', maxLength: 10,
    synonyms: ['Civ.', 'Titre', 'Salutation', 'Appellation', 'Anrede', 'Mr/Mrs', 'Greeting', 'Name prefix', 'Honorific'],
  },
  {
    key: 'lastName', header: 'Nom', label: 'Last name', required: true, rule: 'text', maxLength: 100,
    synonyms: ['Nom de famille', 'Surname', 'Family name', 'Lastname', 'Nachname', 'Familienname', 'LName', 'n_family', 'Family'],
  },
  {
    key: 'firstName', header: 'Prénom', label: 'First name', required: true, rule: 'text', maxLength: 100,
    synonyms: ['Prénoms', 'Firstname', 'Given name', 'Forename', 'Vorname', 'FName', 'n_given', 'Given', 'Givenname'],
  },
  {
    key: 'company', header: 'Société', label: 'Company', required: false, rule: 'text', maxLength: 150,
    synonyms: ['Entreprise', 'Raison sociale', 'Firme', 'Organisation', 'Employeur', 'Company name', 'Organization', 'Firma', 'Unternehmen', 'org_name', 'Nom entité', 'Organisation name'],
  },
  {
    key: 'vatNumber', header: 'N° TVA / IDE', label: 'VAT number', required: false, rule: 'vatNumber', maxLength: 20,
    synonyms: ['TVA', 'N° TVA', 'No TVA', 'Numéro TVA', 'Numéro de TVA', 'TVA intracommunautaire', 'IDE', 'N° IDE', 'Numéro IDE',
      'UID', 'VAT', 'VAT no', 'VAT ID', 'MWST', 'MWST-Nr.', 'UID-Nr.', 'USt-IdNr.', 'VATIntraShort', 'VAT intra', 'tax_number', 'Tax number', 'VAT number intra'],
  },
  {
    key: 'email', header: 'Email', label: 'Email', required: true, rule: 'email', maxLength: 254,
    synonyms: ['E-mail', 'Courriel', 'Mail', 'Adresse e-mail', 'Adresse email', 'Adresse électronique', 'Adresse de messagerie', 'Email address', 'E-Mail-Adresse', 'Emails', 'Adresse électronique principale'],
  },
  {
    key: 'phone', header: 'Téléphone', label: 'Phone', required: false, rule: 'phone', maxLength: 16,
    synonyms: ['Tél.', 'Tel', 'Tél. fixe', 'Téléphone fixe', 'Tél. privé', 'Tél. prof.', 'Tél. bureau', 'Téléphone (bureau)', 'Téléphone professionnel',
      'Phone number', 'Telephone', 'Landline', 'Telefon', 'Festnetz',
      'Telefonnummer', 'Hauptnummer', 'Haupttelefon', 'Telefon Firma', 'Téléphone société', 'Company phone', 'Contact number', 'Contact numbers', 'Phones'],
  },
  {
    key: 'mobile', header: 'Mobile', label: 'Mobile', required: false, rule: 'phone', maxLength: 16,
    synonyms: ['Portable', 'Tél. portable', 'Téléphone portable', 'Tél. mobile', 'Téléphone mobile', 'GSM', 'Natel', 'Cellulaire',
      'Mobile phone', 'Cell', 'Cell phone', 'Handy', 'Mobiltelefon', 'Mobile number', 'Tel cell', 'Cellphone', 'Mobilnummer'],
  },
  {
    key: 'address', header: 'Adresse', label: 'Address', required: false, rule: 'text', maxLength: 250,
    synonyms: ['Rue', 'Adresse postale', 'Rue et numéro', 'Street', 'Street address', 'Adresse 1', 'Strasse', 'Anschrift', 'Address line', 'Street address line'],
  },
  {
    key: 'postalCode', header: 'NPA', label: 'Postal code', required: false, rule: 'postalCode', maxLength: 12,
    synonyms: ['CP', 'Code postal', 'NPA / CP', 'Postcode', 'Post code', 'Zip', 'Zip code', 'PLZ', 'Postleitzahl', 'Postnumber', 'Postal', 'Code NPA'],
  },
  {
    key: 'city', header: 'Localité', label: 'City', required: false, rule: 'text', maxLength: 100,
    synonyms: ['Ville', 'Lieu', 'Commune', 'Town', 'Ort', 'Wohnort', 'Stadt', 'Locality'],
  },
  {
    key: 'country', header: 'Pays', label: 'Country', required: false, rule: 'country', maxLength: 2,
    synonyms: ['Pays de résidence', 'Pays/Région', 'Country of residence', 'Country/Region', 'Land', 'Wohnland', 'Country name', 'Land/Region', 'Countryname'],
  },
  {
    key: 'nationality', header: 'Nationalité', label: 'Nationality', required: false, rule: 'nationality', maxLength: 2,
    synonyms: ['Citoyenneté', 'Citizenship', 'Staatsangehörigkeit', 'Nationalität'],
  },
  {
    key: 'practiceCountry', header: "Pays d'exercice", label: 'Country of practice', required: false, rule: 'country', maxLength: 2,
    synonyms: ["Pays d'activité", 'Practice country', 'Country of activity', 'Tätigkeitsland'],
  },
  {
    key: 'language', header: 'Langue', label: 'Language', required: false, rule: 'language', maxLength: 2,
    synonyms: ['Langue de correspondance', 'Correspondence language', 'Sprache', 'Korrespondenzsprache', 'Locale', 'Preferred language'],
  },
  {
    key: 'birthDate', header: 'Date de naissance', label: 'Birth date', required: false, rule: 'birthDate', maxLength: 10,
    synonyms: ['Né(e) le', 'Né le', 'Née le', 'Naissance', 'Date naissance', 'Date of birth', 'DOB', 'Birthday', 'Anniversaire', 'Geburtsdatum', 'Geburtstag', 'Birth date', 'bday', 'Date de naiss.'],
  },
  {
    key: 'notes', header: 'Notes', label: 'Notes', required: false, rule: 'multilineText', maxLength: 2000,
    synonyms: ['Note', 'Remarque', 'Remarques', 'Commentaire', 'Commentaires', 'Observations', 'Comments', 'Comment', 'Remarks',
      'Bemerkungen', 'Bemerkung', 'Notizen', 'Description'],
  },
];
