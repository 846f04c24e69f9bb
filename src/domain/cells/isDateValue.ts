/** True for a Date object, also one made in another realm (an iframe, a vm context). */
export function isDateValue(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}
