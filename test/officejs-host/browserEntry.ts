import { startPageExcel } from './startPageExcel';

// The task pane's Excel in the browser tests (injected into taskpane.html after office.js's build, in place of the
// loader script): the real office.js client answered by the protocol host over the demo workbook.
startPageExcel(window);
