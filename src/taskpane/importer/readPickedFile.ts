import { FileImportError } from '@/excel/files/FileImportError';
import { maxImportFileBytes } from '@/excel/files/fileImportLimits';

/** A picked or dropped file's name and bytes; a file over the limit is refused before it is read. */
export async function readPickedFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  if (file.size > maxImportFileBytes) throw new FileImportError('too_large');
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new FileImportError('unreadable'));
    reader.readAsArrayBuffer(file);
  });
  return { name: file.name, bytes: new Uint8Array(buffer) };
}
