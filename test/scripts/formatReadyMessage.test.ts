import { formatReadyMessage, type ReadyMessageInput } from '../../scripts/start/formatReadyMessage';

const linux: ReadyMessageInput = {
  plan: 'web',
  platform: 'linux',
  manifestPath: '/home/ana/suivi-clients/manifest.xml',
  caFile: '/home/ana/.office-addin-dev-certs/ca.crt',
  devUrl: 'https://localhost:3000',
  storeDirectUrl: 'http://127.0.0.1:3001',
  database: 'SQLite /home/ana/suivi-clients/data/suivi-clients.sqlite',
  localStoreFile: '/home/ana/suivi-clients/data/local-store.json',
};

describe('formatReadyMessage', () => {
  it('on Linux, prints the URLs and the exact steps to sideload manifest.xml into Excel on the web', () => {
    expect(formatReadyMessage(linux)).toEqual([
      '',
      'Suivi Clients est prêt / is ready',
      '  Volet / pane:        https://localhost:3000/taskpane.html',
      '  Aperçu / preview:    https://localhost:3000/preview.html (volet + classeur en mémoire / pane + in-memory workbook)',
      '  Base clients / store: http://127.0.0.1:3001 (SQLite /home/ana/suivi-clients/data/suivi-clients.sqlite), via https://localhost:3000/api pour le volet / for the pane',
      '  Jeton local / local token: /home/ana/suivi-clients/data/local-store.json',
      '',
      'Pas de chargement dans Excel de bureau sous Linux / no desktop Excel sideloading on Linux.',
      'Pour charger le complément dans Excel sur le web / to sideload into Excel on the web:',
      "  1. Importez l'autorité de développement dans votre navigateur / import the development CA into your browser:",
      '       /home/ana/.office-addin-dev-certs/ca.crt',
      '     Chrome/Chromium : Paramètres > Confidentialité et sécurité > Sécurité > Gérer les certificats > Autorités > Importer',
      '     Firefox : Paramètres > Vie privée et sécurité > Certificats > Afficher les certificats > Autorités > Importer',
      '     (ou / or: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Suivi Clients dev CA" -i /home/ana/.office-addin-dev-certs/ca.crt)',
      '  2. Ouvrez / open https://localhost:3000/taskpane.html : aucune alerte de sécurité / no security warning.',
      '  3. Ouvrez un classeur dans Excel sur le web / open a workbook in Excel on the web (https://www.office.com).',
      '  4. Insertion > Compléments > Mes compléments > Charger mon complément / Insert > Add-ins > My Add-ins > Upload My Add-in',
      '     (selon la version / depending on the version: Accueil > Compléments > Plus de compléments / Home > Add-ins > More Add-ins),',
      '     puis choisissez / then choose: /home/ana/suivi-clients/manifest.xml',
      '  5. Accueil > Clients > Suivi Clients ouvre le volet / Home > Clients > Suivi Clients opens the pane.',
      '',
      'Ctrl+C arrête la base clients et le serveur / stops the store and the dev server.',
    ]);
  });

  it('after a desktop sideload, says Excel was started and prints no web steps', () => {
    const lines = formatReadyMessage({ ...linux, plan: 'desktop', platform: 'win32' });
    expect(lines).toContain('Excel de bureau a été lancé avec le complément / desktop Excel was started with the add-in.');
    expect(lines.join('\n')).not.toMatch(/Charger mon complément/);
    expect(lines).toContain(
      '  Aperçu / preview:    https://localhost:3000/preview.html (volet + classeur en mémoire / pane + in-memory workbook)',
    );
  });

  it('when the desktop sideload fails, gives the reason and falls back to the web steps', () => {
    const lines = formatReadyMessage({ ...linux, plan: 'desktop', platform: 'darwin', sideloadError: 'Excel not found' });
    expect(lines).toContain('Chargement dans Excel de bureau impossible / desktop sideload failed: Excel not found');
    expect(lines).toContain('     puis choisissez / then choose: /home/ana/suivi-clients/manifest.xml');
  });
});
