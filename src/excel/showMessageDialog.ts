/** The message the dialog page sends its opener when the user closes it. */
export const messageDialogCloseMessage = 'close';

/** Size in percent of the Office window; displayInIframe keeps Excel on the web from opening a pop-up window. */
const dialogOptions: Office.DialogOptions = { height: 30, width: 35, displayInIframe: true };

function dialogApiSupported(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('DialogApi', '1.1') === true;
  } catch {
    return false;
  }
}

/**
 * Opens the page at `url` (on the add-in's own origin) in an Office dialog. Resolves once the dialog is gone: when its
 * page sends a message (the dialog is then closed here) or when Office says it was closed or could not load. Resolves
 * at once when the dialog cannot be shown: no DialogApi 1.1, or Office refused to open it (one is already open…).
 * Never rejects: a command waiting on it always ends.
 */
export function showMessageDialog(url: string): Promise<void> {
  return new Promise((resolve) => {
    if (!dialogApiSupported()) {
      resolve();
      return;
    }
    try {
      Office.context.ui.displayDialogAsync(url, dialogOptions, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          try {
            dialog.close();
          } catch {
            // Already gone: the command can end all the same.
          }
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch {
      resolve();
    }
  });
}

/** From the dialog page: asks the command that opened it to close it; does nothing outside an Office dialog. */
export function requestMessageDialogClose(): void {
  try {
    if (typeof Office === 'undefined' || typeof Office.context?.ui?.messageParent !== 'function') return;
    Office.context.ui.messageParent(messageDialogCloseMessage);
  } catch {
    // Not in a dialog (the page opened on its own): nothing to tell.
  }
}
