/** Ties a manifest FunctionName (ExecuteFunction) to its handler; does nothing where Office.actions is missing. */
export function associateRibbonCommand(name: string, handler: (event: Office.AddinCommands.Event) => Promise<void>): void {
  if (typeof Office === 'undefined' || typeof Office.actions?.associate !== 'function') return;
  Office.actions.associate(name, handler);
}
