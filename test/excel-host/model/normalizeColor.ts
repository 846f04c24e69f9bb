const namedColors: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  pink: '#FFC0CB',
  purple: '#800080',
};

/** "#ffc7ce", "#FC0" or an HTML colour name → "#FFC7CE"; anything else → null (Excel refuses it). */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== 'string') {
    return null;
  }
  const text = input.trim().toLowerCase();
  const named = namedColors[text];
  if (named) {
    return named;
  }
  const long = /^#([0-9a-f]{6})$/.exec(text);
  if (long?.[1]) {
    return `#${long[1].toUpperCase()}`;
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) {
    return `#${short
      .slice(1)
      .map((digit) => `${digit}${digit}`.toUpperCase())
      .join('')}`;
  }
  return null;
}
