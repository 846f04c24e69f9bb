import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { ArrowUpload24Regular, DocumentAdd20Regular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { importFileExtensions, maxImportFileBytes } from '@/excel/files/fileImportLimits';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    cursor: 'pointer',
    textAlign: 'center',
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: { display: 'none' },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

type FileDropZoneProps = { busy: boolean; isOpening: boolean; onFile: (file: File) => void };

/**
 * "Glissez le fichier ou cliquez ici": a drop zone that also opens the file picker when clicked, and a picker button
 * that is always there (dropping is unreliable in desktop Excel on Windows). Takes .xlsx and .csv.
 */
export function FileDropZone({ busy, isOpening, onFile }: FileDropZoneProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const pick = () => {
    if (!busy) input.current?.click();
  };
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  return (
    <section className={styles.section} aria-label={t.importer.fileZoneLabel}>
      <Body1Strong as="h3">{t.importer.fileZoneLabel}</Body1Strong>
      <div
        role="button"
        tabIndex={0}
        aria-disabled={busy}
        className={mergeClasses(styles.zone, dragging && styles.dragging)}
        onClick={pick}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            pick();
          }
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
      >
        {isOpening ? <Spinner size="small" /> : <ArrowUpload24Regular />}
        <Body1Strong>{t.importer.fileDrop}</Body1Strong>
        <Caption1>{t.importer.fileHint(maxImportFileBytes / (1024 * 1024))}</Caption1>
      </div>
      <Button icon={<DocumentAdd20Regular />} disabled={busy} onClick={pick}>
        {t.importer.filePick}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={importFileExtensions.join(',')}
        aria-label={t.importer.filePick}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </section>
  );
}
