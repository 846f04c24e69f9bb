import { associateRibbonCommand } from '../excel/associateRibbonCommand';
import { excelGateway } from '../excel/excelGateway';
import { uiLanguage, whenOfficeReady } from '../excel/officeHost';
import { createRibbonCommands, storeHomeCountry } from './ribbonCommands';

// The ribbon's function file (commands.html): associates the manifest's FunctionName values with the operations.
async function start(): Promise<void> {
  const language = uiLanguage(await whenOfficeReady());
  const commands = createRibbonCommands({ excel: excelGateway, language: () => language, homeCountry: () => storeHomeCountry(language) });
  associateRibbonCommand('insertTemplate', commands.insertTemplate);
  associateRibbonCommand('validateSheet', commands.validateSheet);
}

void start();
