import { messageDialogUrl } from '@/dialog/messageDialogUrl';
import { associateRibbonCommand } from '@/excel/associateRibbonCommand';
import { excelGateway } from '@/excel/excelGateway';
import { uiLanguage, whenOfficeReady } from '@/excel/officeHost';
import { readOfficeTheme } from '@/excel/readOfficeTheme';
import { showMessageDialog } from '@/excel/showMessageDialog';
import { createRibbonCommands, storeHomeCountry } from './ribbonCommands';

// The ribbon's function file (commands.html): associates the manifest's FunctionName values with the operations.
// Their messages open dialog.html from this page's own origin (dev or prod), in Office's theme when it says which.
async function start(): Promise<void> {
  const language = uiLanguage(await whenOfficeReady());
  const commands = createRibbonCommands({
    excel: excelGateway,
    language: () => language,
    homeCountry: () => storeHomeCountry(language),
    showDialog: (content) => {
      const dark = readOfficeTheme()?.isDarkTheme ?? null;
      const theme = dark === null ? null : dark ? 'dark' : 'light';
      return showMessageDialog(messageDialogUrl(window.location.href, content, theme));
    },
  });
  associateRibbonCommand('insertTemplate', commands.insertTemplate);
  associateRibbonCommand('validateSheet', commands.validateSheet);
}

void start();
