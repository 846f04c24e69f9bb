import type { MessageDialogView } from './readMessageDialog';

/**
 * Draws the dialog into `root`: its title, one paragraph per line and the close button, all as text (textContent, never
 * markup). The button and Escape call `onClose` once; the button gets the focus so Enter closes too.
 */
export function renderMessageDialog(root: HTMLElement, view: MessageDialogView, onClose: () => void): void {
  const document = root.ownerDocument;
  document.documentElement.lang = view.lang;
  // Office's theme when the command passed it, else the system's.
  const dark = view.theme === null ? window.matchMedia?.('(prefers-color-scheme: dark)').matches === true : view.theme === 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.title = view.title;

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const created = document.createElement(tag);
    created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  };

  const dialog = element('section', `message-dialog message-dialog--${view.kind}`);
  dialog.setAttribute('role', view.kind === 'error' ? 'alertdialog' : 'dialog');
  dialog.setAttribute('aria-labelledby', 'message-dialog-title');
  dialog.setAttribute('aria-describedby', 'message-dialog-body');

  const title = element('h1', 'message-dialog__title', view.title);
  title.id = 'message-dialog-title';
  const body = element('div', 'message-dialog__body');
  body.id = 'message-dialog-body';
  body.append(...view.lines.map((line) => element('p', 'message-dialog__line', line)));

  const close = element('button', 'message-dialog__close', view.closeLabel);
  close.type = 'button';
  const footer = element('div', 'message-dialog__footer');
  footer.append(close);

  let closed = false;
  const handleClose = () => {
    if (closed) return;
    closed = true;
    close.disabled = true;
    onClose();
  };
  close.addEventListener('click', handleClose);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') handleClose();
  });

  dialog.append(title, body, footer);
  root.replaceChildren(dialog);
  close.focus();
}
