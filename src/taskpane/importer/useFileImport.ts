import { useMutation } from '@tanstack/react-query';
import { readPickedFile } from './readPickedFile';
import { useImporterExcel } from './useImporterExcel';

/** A picked or dropped file made into a new sheet; `onOpened` runs next (the tab validates the new sheet). */
export function useFileImport(onOpened: () => void) {
  const excel = useImporterExcel();
  const open = useMutation({
    mutationFn: async (file: File) => excel.importFileAsSheet(await readPickedFile(file)),
    onSuccess: onOpened,
  });
  return {
    isOpening: open.isPending,
    fileName: open.variables?.name ?? null,
    opened: open.data ?? null,
    error: open.error,
    handleFile: (file: File) => open.mutate(file),
    reset: () => open.reset(),
  };
}
