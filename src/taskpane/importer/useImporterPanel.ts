import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ColumnKey } from '../../domain/template/ColumnKey';
import type { Issue } from '../../domain/issues/Issue';
import { useI18n } from '../i18n/I18nContext';
import { sheetQueries } from '../sheet/sheetQueries';
import { useStore } from '../store/StoreProvider';
import { useImporterExcel } from './useImporterExcel';

/** The Importer tab's actions: insert the template, validate (and mark), clear the marks, add missing columns, go to a cell. */
export function useImporterPanel() {
  const excel = useImporterExcel();
  const { language } = useI18n();
  const { homeCountry } = useStore();
  const queryClient = useQueryClient();
  const refreshSheet = () => void queryClient.invalidateQueries({ queryKey: sheetQueries.all });

  const insertTemplate = useMutation({ mutationFn: () => excel.insertTemplateSheet(), onSuccess: refreshSheet });
  const validate = useMutation({ mutationFn: () => excel.validateActiveSheet({ homeCountry, lang: language }), onSuccess: refreshSheet });
  const clear = useMutation({
    mutationFn: () => excel.clearMarks(),
    onSuccess: () => {
      validate.reset();
      refreshSheet();
    },
  });
  const addColumns = useMutation({
    mutationFn: ({ headerRow, keys }: { headerRow: number; keys: ColumnKey[] }) => excel.addMissingColumns(headerRow, keys),
    onSuccess: refreshSheet,
  });
  const select = useMutation({ mutationFn: ({ sheetName, address }: { sheetName: string; address: string }) => excel.selectCell(sheetName, address) });

  const busy = insertTemplate.isPending || validate.isPending || clear.isPending || addColumns.isPending;
  const failure = [insertTemplate, validate, clear, addColumns, select].find((mutation) => mutation.isError)?.error ?? null;
  return {
    busy,
    failure,
    inserted: insertTemplate.data ?? null,
    result: validate.data ?? null,
    isValidating: validate.isPending,
    cleared: clear.data ?? null,
    added: addColumns.data ?? null,
    handleInsertTemplate: () => insertTemplate.mutate(),
    handleValidate: () => {
      clear.reset();
      addColumns.reset();
      validate.mutate();
    },
    handleClearMarks: () => clear.mutate(),
    handleAddMissingColumns: (headerRow: number, keys: ColumnKey[]) => addColumns.mutate({ headerRow, keys }),
    handleSelectIssue: (sheetName: string, issue: Issue) => {
      if (issue.row !== null && issue.columnLetter !== null) select.mutate({ sheetName, address: `${issue.columnLetter}${issue.row}` });
    },
  };
}
