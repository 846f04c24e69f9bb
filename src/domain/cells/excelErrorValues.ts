/** The error values Excel can hand over as a cell's value. */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  '#N/A', '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
  // French Excel shows its own spellings when a file is exported as text.
  '#N/A!', '#NOM?', '#VALEUR!', '#NUL!', '#DIV/0', '#NOMBRE!', '#REF',
]);
