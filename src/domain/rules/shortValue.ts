/** A cell value shortened for messages: very long strings are cut with an ellipsis. */
export function shortValue(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
