// The request-size model: what a queued office.js action weighs in the request and in its answer, so that a
// SyncBudget can cut a long series of actions into requests under Excel on the web's 5 MB limit.

/** UTF-8 bytes of a text. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

/** The size of one queued action carrying `payload`: its JSON, escaped once more inside the request, plus an envelope. */
export function actionBytes(payload: unknown, envelope = 120): number {
  const json = JSON.stringify(payload ?? null);
  return utf8Bytes(json) + (json.match(/["\\]/g)?.length ?? 0) + envelope;
}

// Envelopes measured on office.js's own request builder (ExcelApi, Excel on the web's client library): the object
// paths and actions of each call, around its arguments. Inside Excel.run office.js tracks every Range and RangeAreas it
// creates (a `_KeepReference` call and a second Instantiate of its path), which the range envelopes include
// (measured on the real client in test/officejs-host/requestSizes.test.ts).
/** Values written to a range (getRange(address).values = …): about 465 bytes around the values inside Excel.run. */
export const rangeWriteEnvelope = 500;
/** A method that creates an object (notes.add): about 175 bytes. */
export const createCallEnvelope = 200;
/** An item by key, then a property set on it (notes.getItem(cell).content = …): about 270 bytes. */
export const itemSetEnvelope = 300;
/** An item by key, then a method on it (notes.getItem(cell).delete()): about 270 bytes. */
export const itemCallEnvelope = 300;
/** notes.getItemAt(i).getLocation().load(…): about 440 bytes. */
export const locateBytes = 480;

/** A getRanges(address) with its fill's pattern and colour set (about 780 bytes around the address inside Excel.run). */
export function rangeAreasBytes(address: string): number {
  return Math.ceil(address.length * 1.1) + 820;
}

/** The answer to a load of a few small properties (a fill's colour and pattern, a cell's row and column). */
export const smallLoadResponseBytes = 120;

/** The answer to an action that creates an object (a note, a range): its id. */
export const createdObjectResponseBytes = 40;
