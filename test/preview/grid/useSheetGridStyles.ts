import { makeStyles, tokens } from '@fluentui/react-components';

/** The preview grid drawn as Excel draws a sheet: headers, cells, the selected range and its active cell. */
export const useSheetGridStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, minWidth: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: {
    borderCollapse: 'collapse',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'cell',
    ':focus-visible': { outline: 'none' },
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    cursor: 'default',
  },
  rowHeader: { position: 'sticky', left: 0, textAlign: 'end' },
  /** The column letter and row number of the selection, as Excel marks them. */
  headerSelected: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    whiteSpace: 'nowrap',
    minWidth: '4rem',
    maxWidth: '16rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    backgroundColor: tokens.colorNeutralBackground1,
    userSelect: 'none',
  },
  number: { textAlign: 'end' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  italic: { fontStyle: 'italic' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  editing: { paddingBlock: 0 },
  editor: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: 0,
    border: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    backgroundColor: 'transparent',
    ':focus': { outline: 'none' },
  },
});
