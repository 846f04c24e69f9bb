/** Queues, for notes loaded by a previous sync, the load of their cell; `keys()` after the next sync → "row,column". */
export function queueNoteLocations(notes: Excel.NoteCollection | null): () => Set<string> | null {
  if (notes === null) return () => null;
  const locations = notes.items.map((note) => note.getLocation().load('rowIndex,columnIndex'));
  return () => new Set(locations.map((location) => `${location.rowIndex},${location.columnIndex}`));
}
