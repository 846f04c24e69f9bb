import { whenOfficeReady } from '@/excel/officeHost';
import { requestMessageDialogClose } from '@/excel/showMessageDialog';
import { readMessageDialog } from './readMessageDialog';
import { renderMessageDialog } from './renderMessageDialog';

// The message dialog (dialog.html) the ribbon commands open: shows its query's message at once; "Fermer" asks the
// command that opened it to close it, once Office is ready.
const officeReady = whenOfficeReady();
const root = document.getElementById('root');
if (!root) throw new Error('dialog.html has no #root element');
renderMessageDialog(root, readMessageDialog(window.location.search), () => {
  void officeReady.then(requestMessageDialogClose, requestMessageDialogClose);
});
