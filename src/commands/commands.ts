import { messageDialogUrl } from '@/dialog/messageDialogUrl';
import { associateRibbonCommand } from '@/excel/associateRibbonCommand';
import { excelGateway } from '@/excel/excelGateway';
import { uiLanguage, whenOfficeReady } from '@/excel/officeHost';
import { readOfficeTheme } from '@/excel/readOfficeTheme';
import { showMessageDialog } from '@/excel/showMessageDialog';
import { originLaunchStorage } from '@/taskpane/launch/launchChannel';
import {
  configuredFingerprintKey,
  configuredStoreLookup,
  createRibbonCommands,
  storeHomeCountry,
  storeRememberedMapping,
} from './ribbonCommands';

// The ribbon's function file (commands.html): associates the manifest's FunctionName values with the operations.
// Their messages open dialog.html from this page's own origin (dev or prod), in Office's theme when it says which.
// The association is made as soon as the page loads, before Office.onReady: a click that comes early must find its
// handler (Office may run the command before the page's Office.onReady has resolved); the handler then waits for Office.
const commands = whenOfficeReady().then((hostInfo) => {
  const language = uiLanguage(hostInfo);
  return createRibbonCommands({
    excel: excelGateway,
    language: () => language,
    homeCountry: () => storeHomeCountry(language),
    launchStorage: originLaunchStorage(),
    findMapping: (signature) => storeRememberedMapping(language, signature),
    storeLookup: () => configuredStoreLookup(language),
    storeFingerprintKey: configuredFingerprintKey,
    showDialog: (content) => {
      const dark = readOfficeTheme()?.isDarkTheme ?? null;
      const theme = dark === null ? null : dark ? 'dark' : 'light';
      return showMessageDialog(messageDialogUrl(window.location.href, content, theme));
    },
  });
});
associateRibbonCommand('insertTemplate', async (event) => (await commands).insertTemplate(event));
associateRibbonCommand('validateSheet', async (event) => (await commands).validateSheet(event));
associateRibbonCommand('requestImport', async (event) => (await commands).requestImport(event));
associateRibbonCommand('refreshFromStore', async (event) => (await commands).refreshFromStore(event));
