/**
 * A sheet's notes keyed "row,column", in the order they were added (NoteCollection.getItemAt follows it), with the
 * list of keys kept between changes so that locating every note by position costs no more than the notes themselves.
 */
export class NoteMap extends Map<string, string> {
  private keyList: string[] | null = null;

  override set(key: string, value: string): this {
    if (!this.has(key)) this.keyList = null;
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.keyList = null;
    return super.delete(key);
  }

  override clear(): void {
    this.keyList = null;
    super.clear();
  }

  /** The key of the note at `index` in insertion order, undefined past the end. */
  keyAt(index: number): string | undefined {
    this.keyList ??= [...this.keys()];
    return this.keyList[index];
  }
}
