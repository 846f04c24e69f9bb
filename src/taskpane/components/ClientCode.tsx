import type { CSSProperties } from 'react';

/** Inline, so the rule holds wherever the code is rendered (a list, a message, a report), with no stylesheet needed. */
const noBreak: CSSProperties = { whiteSpace: 'nowrap' };

type ClientCodeProps = { code: string };

/**
 * A client code ("CL-000136") that never breaks across lines, not even at its hyphen, whatever the width of the pane.
 * The text stays as is (a plain hyphen), so copying and searching it give the real code.
 */
export function ClientCode({ code }: ClientCodeProps) {
  return <span style={noBreak}>{code}</span>;
}
