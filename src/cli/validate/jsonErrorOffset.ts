/**
 * Where a text stops being JSON: the offset of the first character JSON.parse cannot take (the text's length when it
 * ends too early), or null when it is valid. JSON.parse's own message names no position for some errors
 * (`Unexpected token`), so a mapping file's error is located here.
 */
export function jsonErrorOffset(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw new JsonStop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1;
  };
  const literal = (word: string) => {
    for (const letter of word) {
      if (text[at] !== letter) fail();
      at += 1;
    }
  };
  const string = () => {
    at += 1;
    while (at < text.length && text[at] !== '"') {
      const char = text[at] ?? '';
      if (char < ' ') fail();
      if (char === '\\') {
        at += 1;
        if (text[at] === 'u') {
          for (let digit = 0; digit < 4; digit += 1) {
            at += 1;
            if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
          }
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at += 1;
    }
    if (at >= text.length) fail();
    at += 1;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (match === null) fail();
    at += match?.[0].length ?? 0;
  };
  const list = (close: string, item: () => void) => {
    at += 1;
    space();
    if (text[at] === close) return void (at += 1);
    for (;;) {
      item();
      space();
      if (text[at] === close) return void (at += 1);
      if (text[at] !== ',') fail();
      at += 1;
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      list('}', () => {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at += 1;
        value();
      });
    } else if (char === '[') list(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof JsonStop) return Math.min(error.offset, text.length);
    throw error;
  }
}

class JsonStop extends Error {
  constructor(readonly offset: number) {
    super('json stop');
  }
}
