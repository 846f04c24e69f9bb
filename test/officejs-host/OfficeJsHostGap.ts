/**
 * A request the protocol host cannot answer: an API the in-memory workbook does not model, or a part of the RichApi
 * protocol the host does not speak. Not an Excel error: the executor rejects with it (office.js passes it through
 * `sync()` untouched), and the host lists it in `host.gaps`, so a test sees it and never mistakes it for Excel's answer.
 */
export class OfficeJsHostGap extends Error {
  constructor(message: string) {
    super(`officejs-host: ${message}`);
    this.name = 'OfficeJsHostGap';
  }
}
